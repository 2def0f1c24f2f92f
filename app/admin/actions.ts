"use server";
// Admin server actions: admins only; each runs one lib operation (which validates its input) and
// refreshes the pages that show the change (lib/actions/define-action.ts).
import { requestTournamentRankings } from "@/lib/admin/request-tournament-rankings";
import { defineAction, type TRevalidate } from "@/lib/actions/define-action";
import { requestJob } from "@/lib/admin/request-job";
import { requestPayouts } from "@/lib/admin/request-payouts";
import { freezePayouts, unfreezePayouts } from "@/lib/payouts/freeze-payouts";
import { createAnnouncement } from "@/lib/notifications/announcements/create-announcement";
import { getAnnouncementProgress } from "@/lib/notifications/announcements/get-announcement-progress";
import { previewAnnouncement } from "@/lib/notifications/announcements/preview-announcement";
import { previewAnnouncementAudience } from "@/lib/notifications/announcements/preview-announcement-audience";
import { approveSponsor } from "@/lib/teams/approve-sponsor";
import { rejectSponsor } from "@/lib/teams/reject-sponsor";
import { schedulePromotion } from "@/lib/teams/schedule-promotion";
import { cancelMatch } from "@/lib/tournaments/cancel-match";
import { completeTournament } from "@/lib/tournaments/complete-tournament";
import { createTournament } from "@/lib/tournaments/create-tournament";
import { generateRoundRobin } from "@/lib/tournaments/generate-round-robin";
import { postMatchResult } from "@/lib/tournaments/post-match-result";
import { publishBracket } from "@/lib/tournaments/publish-bracket";
import { rescheduleMatch } from "@/lib/tournaments/reschedule-match";
import { scheduleMatch } from "@/lib/tournaments/schedule-match";

const TOURNAMENT_PAGES: TRevalidate[] = ["/admin", ["/tournaments/[slug]", "page"]];
/** Sponsors and promotions: their dashboard section (and its tab's count, in the layout) and the team's page. */
const TEAM_PAGES: TRevalidate[] = [
  ["/admin", "layout"],
  ["/teams/[slug]", "page"],
];

export const postMatchResultAction = defineAction("admin", postMatchResult, { revalidate: TOURNAMENT_PAGES });
export const scheduleMatchAction = defineAction("admin", scheduleMatch, { revalidate: TOURNAMENT_PAGES });
export const rescheduleMatchAction = defineAction("admin", rescheduleMatch, { revalidate: TOURNAMENT_PAGES });
export const cancelMatchAction = defineAction("admin", cancelMatch, { revalidate: TOURNAMENT_PAGES });
export const generateRoundRobinAction = defineAction("admin", generateRoundRobin, { revalidate: TOURNAMENT_PAGES });
export const createTournamentAction = defineAction("admin", createTournament, {
  revalidate: ["/admin", "/tournaments"],
});
export const publishBracketAction = defineAction("admin", publishBracket, { revalidate: TOURNAMENT_PAGES });
export const completeTournamentAction = defineAction("admin", completeTournament, {
  revalidate: [...TOURNAMENT_PAGES, ["/teams/[slug]", "page"]],
});
export const approveSponsorAction = defineAction("admin", approveSponsor, { revalidate: TEAM_PAGES });
export const rejectSponsorAction = defineAction("admin", rejectSponsor, { revalidate: TEAM_PAGES });
export const schedulePromotionAction = defineAction("admin", schedulePromotion, { revalidate: TEAM_PAGES });
export const createAnnouncementAction = defineAction("admin", createAnnouncement, {
  revalidate: [["/admin", "layout"]],
});
/** Reads only: nothing to refresh. */
export const previewAnnouncementAction = defineAction("admin", previewAnnouncementAudience);
/** "Review": the notice and the email as they will be sent, and who they reach. Reads only. */
export const reviewAnnouncementAction = defineAction("admin", previewAnnouncement);
/** The announcements list polls this while a fan-out runs (recipients and deliveries so far). Reads only. */
export const announcementProgressAction = defineAction("admin", getAnnouncementProgress);
/** Queues `payouts/distribute.requested` for a tournament; the dashboard then polls its outcome. */
export const requestPayoutsAction = defineAction("admin", requestPayouts, { revalidate: [["/admin", "layout"]] });
/** Holds a completed tournament's prize payout over a dispute (reason told to the placed captains), and lifts the hold. */
export const freezePayoutsAction = defineAction("admin", freezePayouts, { revalidate: TOURNAMENT_PAGES });
export const unfreezePayoutsAction = defineAction("admin", unfreezePayouts, { revalidate: TOURNAMENT_PAGES });
/** "Run now" / "Recompute rankings": queues a scheduled job's request event (trigger MANUAL). */
export const requestJobRunAction = defineAction("admin", requestJob, { revalidate: [["/admin", "layout"]] });
export const requestTournamentRankingsAction = defineAction("admin", requestTournamentRankings, {
  revalidate: [["/admin", "layout"]],
});
