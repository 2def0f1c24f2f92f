// A player leaves their team → membership deleted → `team/roster.changed` (removed, by the player),
// which tells the roster they left. The captain (Team.captainId) cannot leave: they hand the
// captaincy to another member first (transfer-captaincy.ts), so a team always has a captain.
import { z } from "zod";
import { teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

export const ZLeaveTeamInput = z.object({ teamId: zId("a team") });
export type TLeaveTeamInput = z.infer<typeof ZLeaveTeamInput>;

export type TLeaveTeamResult = { teamId: string; userId: string };

export async function leaveTeam(actor: TActor, input: TLeaveTeamInput): Promise<TLeaveTeamResult> {
  const { teamId } = parseInput(ZLeaveTeamInput, input);

  return transactWithEvents(async (tx, emit) => {
    // FOR UPDATE: a captaincy handover (which locks the row too) cannot slip between check and delete.
    const [team] = await tx.$queryRaw<{ name: string; captainId: string }[]>`
      SELECT name, "captainId" FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
    if (!team) throw new AppError("NOT_FOUND", "That team does not exist.");
    if (team.captainId === actor.id)
      throw new AppError(
        "CONFLICT",
        `You are the captain of ${team.name}: hand the captaincy to another member before you leave.`,
      );
    // deleteMany's count decides: of two concurrent leaves (or a leave and a removal) only one deletes.
    const { count } = await tx.teamMembership.deleteMany({ where: { teamId, userId: actor.id } });
    if (count === 0) throw new AppError("NOT_FOUND", `You are not on ${team.name}.`);
    emit(teamRosterChanged.create({ teamId, userId: actor.id, change: "removed", actorId: actor.id }));
    return { teamId, userId: actor.id };
  });
}
