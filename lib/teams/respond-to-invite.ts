// The invitee accepts or declines a PENDING invite. Accept → ACCEPTED, respondedAt, a PLAYER
// membership → `team/invite.accepted` + `team/roster.changed` (added). Decline → DECLINED, no event.
// An invite past its expiresAt is marked EXPIRED (committed) and the answer is refused. A player on
// another team cannot accept (one team at a time, assert-on-no-team.ts); they may still decline.
import { markInviteNotifications } from "@/lib/notifications/inbox/mark-invite-notifications";
import { z } from "zod";
import { teamInviteAccepted, teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { assertOnNoTeam } from "./assert-on-no-team";

export const ZRespondToInviteInput = z.object({
  inviteId: zId("an invite"),
  accept: z.boolean({ error: "Choose to accept or decline the invite." }),
});
export type TRespondToInviteInput = z.infer<typeof ZRespondToInviteInput>;

export type TRespondToInviteResult = {
  inviteId: string;
  teamId: string;
  teamSlug: string;
  status: "ACCEPTED" | "DECLINED";
};

const ANSWERED = { ACCEPTED: "accepted", DECLINED: "declined", EXPIRED: "expired", CANCELLED: "withdrawn" } as const;

export async function respondToInvite(actor: TActor, input: TRespondToInviteInput): Promise<TRespondToInviteResult> {
  const { inviteId, accept } = parseInput(ZRespondToInviteInput, input);

  const work = transactWithEvents(async (tx, emit) => {
    const invite = await tx.teamInvite.findUnique({
      where: { id: inviteId },
      select: {
        id: true,
        teamId: true,
        inviteeId: true,
        status: true,
        expiresAt: true,
        team: { select: { name: true, slug: true } },
      },
    });
    if (!invite) throw new AppError("NOT_FOUND", "That invite does not exist.");
    if (invite.inviteeId !== actor.id)
      throw new AppError("FORBIDDEN", "Only the invited player can answer this invite.");
    if (invite.status !== "PENDING")
      throw new AppError("CONFLICT", `This invite to ${invite.team.name} was already ${ANSWERED[invite.status]}.`);

    const now = new Date();
    if (invite.expiresAt <= now) {
      // Returned, not thrown, so the EXPIRED mark commits; the refusal is thrown after commit.
      await tx.teamInvite.updateMany({ where: { id: invite.id, status: "PENDING" }, data: { status: "EXPIRED" } });
      await markInviteNotifications(tx, [invite], "EXPIRED", now);
      return { isExpired: true as const, teamName: invite.team.name };
    }

    if (accept)
      await assertOnNoTeam(tx, actor.id, (team) =>
        team.id === invite.teamId
          ? `You are already on ${team.name}.`
          : `You already play for ${team.name}: leave it before you join ${invite.team.name}.`,
      );
    const status = accept ? ("ACCEPTED" as const) : ("DECLINED" as const);
    // Guarded: of two concurrent answers, only one finds the invite still pending.
    const { count } = await tx.teamInvite.updateMany({
      where: { id: invite.id, status: "PENDING" },
      data: { status, respondedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", `This invite to ${invite.team.name} was answered just now.`);
    await markInviteNotifications(tx, [invite], status, now);

    if (accept) {
      await tx.teamMembership.create({
        data: { teamId: invite.teamId, userId: actor.id, role: "PLAYER" },
        select: { id: true },
      });
      emit(
        teamInviteAccepted.create({ inviteId: invite.id, teamId: invite.teamId, userId: actor.id }),
        teamRosterChanged.create({ teamId: invite.teamId, userId: actor.id, change: "added", actorId: actor.id }),
      );
    }
    return {
      isExpired: false as const,
      result: { inviteId: invite.id, teamId: invite.teamId, teamSlug: invite.team.slug, status },
    };
  });

  const outcome = await conflictOnDuplicate(work, "You are already on this team.");
  if (outcome.isExpired)
    throw new AppError(
      "CONFLICT",
      `This invite to ${outcome.teamName} has expired. Ask the captain to invite you again.`,
    );
  return outcome.result;
}
