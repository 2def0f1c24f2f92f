"use server";
// Admin server actions: authenticate as an admin, parse with the operation's schema, call the one
// lib function, refresh the pages that show the change. Rules live in lib/, not here.
import { revalidatePath } from "next/cache";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { requestJob, type TRequestJobInput, type TRequestJobResult, ZRequestJobInput } from "@/lib/admin/request-job";
import { requestPayouts, type TRequestPayoutsInput, type TRequestPayoutsResult, ZRequestPayoutsInput } from "@/lib/admin/request-payouts";
import { requireAdmin } from "@/lib/auth/session";
import {
  createAnnouncement,
  type TCreateAnnouncementInput,
  type TCreateAnnouncementResult,
  ZCreateAnnouncementInput,
} from "@/lib/notifications/announcements/create-announcement";
import {
  previewAnnouncementAudience,
  type TPreviewAnnouncementInput,
  type TPreviewAnnouncementResult,
  ZPreviewAnnouncementInput,
} from "@/lib/notifications/announcements/preview-announcement-audience";
import { approveSponsor, type TApproveSponsorInput, type TApproveSponsorResult, ZApproveSponsorInput } from "@/lib/teams/approve-sponsor";
import { rejectSponsor, type TRejectSponsorInput, type TRejectSponsorResult, ZRejectSponsorInput } from "@/lib/teams/reject-sponsor";
import {
  schedulePromotion,
  type TSchedulePromotionInput,
  type TSchedulePromotionResult,
  ZSchedulePromotionInput,
} from "@/lib/teams/schedule-promotion";
import {
  completeTournament,
  type TCompleteTournamentInput,
  type TCompleteTournamentResult,
  ZCompleteTournamentInput,
} from "@/lib/tournaments/complete-tournament";
import { postMatchResult, type TPostMatchResultInput, type TPostMatchResultResult, ZPostMatchResultInput } from "@/lib/tournaments/post-match-result";
import { publishBracket, type TPublishBracketInput, type TPublishBracketResult, ZPublishBracketInput } from "@/lib/tournaments/publish-bracket";
import { scheduleMatch, type TScheduleMatchInput, type TScheduleMatchResult, ZScheduleMatchInput } from "@/lib/tournaments/schedule-match";

function revalidateTournamentPages() {
  revalidatePath("/admin");
  revalidatePath("/tournaments/[slug]", "page");
}

function revalidateTeamPages() {
  revalidatePath("/admin");
  revalidatePath("/teams/[slug]", "page");
}

export async function postMatchResultAction(input: TPostMatchResultInput): Promise<TActionResult<TPostMatchResultResult>> {
  return toActionResult(async () => {
    const result = await postMatchResult(await requireAdmin(), ZPostMatchResultInput.parse(input));
    revalidateTournamentPages();
    return result;
  });
}

export async function scheduleMatchAction(input: TScheduleMatchInput): Promise<TActionResult<TScheduleMatchResult>> {
  return toActionResult(async () => {
    const result = await scheduleMatch(await requireAdmin(), ZScheduleMatchInput.parse(input));
    revalidateTournamentPages();
    return result;
  });
}

export async function publishBracketAction(input: TPublishBracketInput): Promise<TActionResult<TPublishBracketResult>> {
  return toActionResult(async () => {
    const result = await publishBracket(await requireAdmin(), ZPublishBracketInput.parse(input));
    revalidateTournamentPages();
    return result;
  });
}

export async function completeTournamentAction(input: TCompleteTournamentInput): Promise<TActionResult<TCompleteTournamentResult>> {
  return toActionResult(async () => {
    const result = await completeTournament(await requireAdmin(), ZCompleteTournamentInput.parse(input));
    revalidateTournamentPages();
    revalidatePath("/teams/[slug]", "page");
    return result;
  });
}

export async function approveSponsorAction(input: TApproveSponsorInput): Promise<TActionResult<TApproveSponsorResult>> {
  return toActionResult(async () => {
    const result = await approveSponsor(await requireAdmin(), ZApproveSponsorInput.parse(input));
    revalidateTeamPages();
    return result;
  });
}

export async function rejectSponsorAction(input: TRejectSponsorInput): Promise<TActionResult<TRejectSponsorResult>> {
  return toActionResult(async () => {
    const result = await rejectSponsor(await requireAdmin(), ZRejectSponsorInput.parse(input));
    revalidateTeamPages();
    return result;
  });
}

export async function schedulePromotionAction(input: TSchedulePromotionInput): Promise<TActionResult<TSchedulePromotionResult>> {
  return toActionResult(async () => {
    const result = await schedulePromotion(await requireAdmin(), ZSchedulePromotionInput.parse(input));
    revalidateTeamPages();
    return result;
  });
}

export async function createAnnouncementAction(input: TCreateAnnouncementInput): Promise<TActionResult<TCreateAnnouncementResult>> {
  return toActionResult(async () => {
    const result = await createAnnouncement(await requireAdmin(), ZCreateAnnouncementInput.parse(input));
    revalidatePath("/admin");
    return result;
  });
}

/** Reads only: nothing to revalidate. */
export async function previewAnnouncementAction(input: TPreviewAnnouncementInput): Promise<TActionResult<TPreviewAnnouncementResult>> {
  return toActionResult(async () => previewAnnouncementAudience(await requireAdmin(), ZPreviewAnnouncementInput.parse(input)));
}

/** Queues `payouts/distribute.requested` for a tournament; the dashboard then polls its outcome. */
export async function requestPayoutsAction(input: TRequestPayoutsInput): Promise<TActionResult<TRequestPayoutsResult>> {
  return toActionResult(async () => {
    const result = await requestPayouts(await requireAdmin(), ZRequestPayoutsInput.parse(input));
    revalidatePath("/admin");
    return result;
  });
}

/** "Run now" / "Recompute rankings": queues a scheduled job's request event (trigger MANUAL). */
export async function requestJobRunAction(input: TRequestJobInput): Promise<TActionResult<TRequestJobResult>> {
  return toActionResult(async () => {
    const result = await requestJob(await requireAdmin(), ZRequestJobInput.parse(input));
    revalidatePath("/admin");
    return result;
  });
}
