// A team's captain (or an admin) withdraws a PENDING invite → CANCELLED → `team/roster.changed`
// (invite_withdrawn): the invited player learns the invite is gone, the roster who else was asked.
// Only a pending invite can be withdrawn; one already answered or expired says so.
import { markInviteNotifications } from "@/lib/notifications/inbox/mark-invite-notifications";
import { z } from "zod";
import { teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "./get-team-as-captain";

export const ZWithdrawInviteInput = z.object({ inviteId: zId("an invite") });
export type TWithdrawInviteInput = z.infer<typeof ZWithdrawInviteInput>;

export type TWithdrawInviteResult = { inviteId: string; teamId: string; inviteeId: string; status: "CANCELLED" };

const NOT_PENDING = { ACCEPTED: "accepted", DECLINED: "declined", EXPIRED: "expired", CANCELLED: "withdrawn" } as const;

export async function withdrawInvite(actor: TActor, input: TWithdrawInviteInput): Promise<TWithdrawInviteResult> {
  const { inviteId } = parseInput(ZWithdrawInviteInput, input);

  return transactWithEvents(async (tx, emit) => {
    const invite = await tx.teamInvite.findUnique({
      where: { id: inviteId },
      select: { id: true, teamId: true, inviteeId: true, status: true },
    });
    if (!invite) throw new AppError("NOT_FOUND", "That invite does not exist.");
    const team = await getTeamAsCaptain(tx, actor, invite.teamId);
    if (invite.status !== "PENDING")
      throw new AppError("CONFLICT", `This invite to ${team.name} was already ${NOT_PENDING[invite.status]}.`);

    // Guarded: of a withdrawal and a concurrent answer, only one finds the invite still pending.
    const { count } = await tx.teamInvite.updateMany({
      where: { id: invite.id, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    if (count === 0) throw new AppError("CONFLICT", `This invite to ${team.name} was answered just now.`);
    await markInviteNotifications(tx, [invite], "WITHDRAWN");
    emit(
      teamRosterChanged.create({
        teamId: team.id,
        userId: invite.inviteeId,
        change: "invite_withdrawn",
        actorId: actor.id,
      }),
    );
    return { inviteId: invite.id, teamId: team.id, inviteeId: invite.inviteeId, status: "CANCELLED" };
  });
}
