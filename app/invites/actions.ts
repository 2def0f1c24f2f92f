"use server";
// The invitee's server action: authenticate, parse, call the one lib function (which checks that
// the user is the invitee), refresh the invites list and the team page.
import { revalidatePath } from "next/cache";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { requireUser } from "@/lib/auth/session";
import { respondToInvite, type TRespondToInviteInput, type TRespondToInviteResult, ZRespondToInviteInput } from "@/lib/teams/respond-to-invite";

export async function respondToInviteAction(input: TRespondToInviteInput): Promise<TActionResult<TRespondToInviteResult>> {
  return toActionResult(async () => {
    const result = await respondToInvite(await requireUser(), ZRespondToInviteInput.parse(input));
    revalidatePath("/invites");
    revalidatePath("/teams/[slug]", "page");
    return result;
  });
}
