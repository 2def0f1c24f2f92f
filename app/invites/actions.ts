"use server";
// The invitee's server action: respondToInvite checks that the signed-in user is the invitee.
import { defineAction } from "@/lib/actions/define-action";
import { respondToInvite } from "@/lib/teams/respond-to-invite";

export const respondToInviteAction = defineAction("user", respondToInvite, {
  revalidate: ["/invites", ["/teams/[slug]", "page"]],
});
