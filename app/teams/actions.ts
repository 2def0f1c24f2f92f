"use server";
// Captain server actions: a signed-in user; each lib operation checks that the user is the team's
// captain (or an admin) and validates its input (lib/actions/define-action.ts).
import { defineAction, type TRevalidate } from "@/lib/actions/define-action";
import { addMember } from "@/lib/teams/add-member";
import { invitePlayer } from "@/lib/teams/invite-player";
import { removeMember } from "@/lib/teams/remove-member";
import { setTeamWebhook } from "@/lib/teams/set-team-webhook";
import { registerTeam } from "@/lib/tournaments/register-team";

const TEAM_PAGE: TRevalidate = ["/teams/[slug]", "page"];

export const invitePlayerAction = defineAction("user", invitePlayer, { revalidate: [TEAM_PAGE, "/invites"] });
export const registerTeamAction = defineAction("user", registerTeam, {
  revalidate: [TEAM_PAGE, ["/tournaments/[slug]", "page"], "/admin"],
});
export const addMemberAction = defineAction("user", addMember, { revalidate: [TEAM_PAGE, "/invites"] });
export const removeMemberAction = defineAction("user", removeMember, { revalidate: [TEAM_PAGE] });
/** Sets (or, with null / "", clears) the team's Discord webhook; the answer holds only the masked URL. */
export const setTeamWebhookAction = defineAction("user", setTeamWebhook, { revalidate: [TEAM_PAGE] });
