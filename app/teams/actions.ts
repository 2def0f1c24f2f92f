"use server";
// Team server actions: a signed-in user; each lib operation checks the user's rights (the team's
// captain or an admin, a member for leaving, anyone on no team for creating) and validates its
// input (lib/actions/define-action.ts).
import { defineAction, type TRevalidate } from "@/lib/actions/define-action";
import { addMember } from "@/lib/teams/add-member";
import { applyForSponsorship } from "@/lib/teams/apply-for-sponsorship";
import { createTeam } from "@/lib/teams/create-team";
import { invitePlayer } from "@/lib/teams/invite-player";
import { leaveTeam } from "@/lib/teams/leave-team";
import { removeMember } from "@/lib/teams/remove-member";
import { setTeamWebhook } from "@/lib/teams/set-team-webhook";
import { transferCaptaincy } from "@/lib/teams/transfer-captaincy";
import { withdrawInvite } from "@/lib/teams/withdraw-invite";
import { registerTeam } from "@/lib/tournaments/register-team";
import { withdrawRegistration } from "@/lib/tournaments/withdraw-registration";

const TEAM_PAGE: TRevalidate = ["/teams/[slug]", "page"];
const TOURNAMENT_PAGE: TRevalidate = ["/tournaments/[slug]", "page"];

export const createTeamAction = defineAction("user", createTeam, { revalidate: ["/teams", "/leaderboard"] });
export const invitePlayerAction = defineAction("user", invitePlayer, { revalidate: [TEAM_PAGE, "/invites"] });
export const withdrawInviteAction = defineAction("user", withdrawInvite, { revalidate: [TEAM_PAGE, "/invites"] });
export const registerTeamAction = defineAction("user", registerTeam, {
  revalidate: [TEAM_PAGE, TOURNAMENT_PAGE, "/admin"],
});
export const withdrawRegistrationAction = defineAction("user", withdrawRegistration, {
  revalidate: [TEAM_PAGE, TOURNAMENT_PAGE, "/admin"],
});
export const addMemberAction = defineAction("user", addMember, { revalidate: [TEAM_PAGE, "/invites"] });
export const removeMemberAction = defineAction("user", removeMember, { revalidate: [TEAM_PAGE] });
export const leaveTeamAction = defineAction("user", leaveTeam, { revalidate: [TEAM_PAGE, "/teams"] });
export const transferCaptaincyAction = defineAction("user", transferCaptaincy, { revalidate: [TEAM_PAGE, "/teams"] });
/** Sets (or, with null / "", clears) the team's Discord webhook; the answer holds only the masked URL. */
export const setTeamWebhookAction = defineAction("user", setTeamWebhook, { revalidate: [TEAM_PAGE] });
export const applyForSponsorshipAction = defineAction("user", applyForSponsorship, {
  revalidate: [TEAM_PAGE, "/admin"],
});
