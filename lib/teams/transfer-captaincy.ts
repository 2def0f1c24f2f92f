// A team's captain (or an admin) hands the captaincy to another member → Team.captainId, the new
// captain's membership CAPTAIN and the old captain's PLAYER → `team/roster.changed` (captain),
// which tells the rest of the roster. The old captain stays on the team and may leave afterwards.
import { z } from "zod";
import { teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "./get-team-as-captain";

export const ZTransferCaptaincyInput = z.object({ teamId: zId("a team"), userId: zId("the new captain") });
export type TTransferCaptaincyInput = z.infer<typeof ZTransferCaptaincyInput>;

export type TTransferCaptaincyResult = { teamId: string; captainId: string; previousCaptainId: string };

export async function transferCaptaincy(
  actor: TActor,
  input: TTransferCaptaincyInput,
): Promise<TTransferCaptaincyResult> {
  const { teamId, userId } = parseInput(ZTransferCaptaincyInput, input);

  return transactWithEvents(async (tx, emit) => {
    // The team row stays locked to the end: a concurrent handover or a leave waits, then sees this one.
    await tx.$executeRaw`SELECT 1 FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
    const team = await getTeamAsCaptain(tx, actor, teamId);
    if (userId === team.captainId)
      throw new AppError("CONFLICT", `That player is already the captain of ${team.name}.`);
    const member = await tx.teamMembership.findUnique({
      where: { teamId_userId: { teamId, userId } },
      select: { id: true },
    });
    if (!member) throw new AppError("NOT_FOUND", `That player is not on ${team.name}: only a member can be captain.`);

    await tx.team.update({ where: { id: teamId }, data: { captainId: userId }, select: { id: true } });
    await tx.teamMembership.updateMany({ where: { teamId, userId: team.captainId }, data: { role: "PLAYER" } });
    await tx.teamMembership.update({ where: { id: member.id }, data: { role: "CAPTAIN" }, select: { id: true } });
    emit(teamRosterChanged.create({ teamId, userId, change: "captain", actorId: actor.id }));
    return { teamId, captainId: userId, previousCaptainId: team.captainId };
  });
}
