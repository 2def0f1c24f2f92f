"use server";
// Captain server actions: authenticate, parse with the operation's schema, call the one lib
// function (which checks that the user is the team's captain or an admin), refresh the pages.
import { revalidatePath } from "next/cache";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { requireUser } from "@/lib/auth/session";
import { addMember, type TAddMemberInput, type TAddMemberResult, ZAddMemberInput } from "@/lib/teams/add-member";
import { invitePlayer, type TInvitePlayerInput, type TInvitePlayerResult, ZInvitePlayerInput } from "@/lib/teams/invite-player";
import { removeMember, type TRemoveMemberInput, type TRemoveMemberResult, ZRemoveMemberInput } from "@/lib/teams/remove-member";
import { setTeamWebhook, type TSetTeamWebhookInput, type TSetTeamWebhookResult, ZSetTeamWebhookInput } from "@/lib/teams/set-team-webhook";
import { registerTeam, type TRegisterTeamInput, type TRegisterTeamResult, ZRegisterTeamInput } from "@/lib/tournaments/register-team";

export async function invitePlayerAction(input: TInvitePlayerInput): Promise<TActionResult<TInvitePlayerResult>> {
  return toActionResult(async () => {
    const result = await invitePlayer(await requireUser(), ZInvitePlayerInput.parse(input));
    revalidatePath("/teams/[slug]", "page");
    revalidatePath("/invites");
    return result;
  });
}

export async function registerTeamAction(input: TRegisterTeamInput): Promise<TActionResult<TRegisterTeamResult>> {
  return toActionResult(async () => {
    const result = await registerTeam(await requireUser(), ZRegisterTeamInput.parse(input));
    revalidatePath("/teams/[slug]", "page");
    revalidatePath("/tournaments/[slug]", "page");
    revalidatePath("/admin");
    return result;
  });
}

export async function addMemberAction(input: TAddMemberInput): Promise<TActionResult<TAddMemberResult>> {
  return toActionResult(async () => {
    const result = await addMember(await requireUser(), ZAddMemberInput.parse(input));
    revalidatePath("/teams/[slug]", "page");
    revalidatePath("/invites");
    return result;
  });
}

export async function removeMemberAction(input: TRemoveMemberInput): Promise<TActionResult<TRemoveMemberResult>> {
  return toActionResult(async () => {
    const result = await removeMember(await requireUser(), ZRemoveMemberInput.parse(input));
    revalidatePath("/teams/[slug]", "page");
    return result;
  });
}

/** Sets (or, with null / "", clears) the team's Discord webhook; the answer holds only the masked URL. */
export async function setTeamWebhookAction(input: TSetTeamWebhookInput): Promise<TActionResult<TSetTeamWebhookResult>> {
  return toActionResult(async () => {
    const result = await setTeamWebhook(await requireUser(), ZSetTeamWebhookInput.parse(input));
    revalidatePath("/teams/[slug]", "page");
    return result;
  });
}
