// A team's captain (or an admin) removes a member → membership deleted → `team/roster.changed`
// (removed). The captain (Team.captainId) cannot be removed.
import { z } from "zod";
import { teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "./get-team-as-captain";

export const ZRemoveMemberInput = z.object({ teamId: zId("a team"), userId: zId("a member") });
export type TRemoveMemberInput = z.infer<typeof ZRemoveMemberInput>;

export type TRemoveMemberResult = { teamId: string; userId: string };

export async function removeMember(actor: TActor, input: TRemoveMemberInput): Promise<TRemoveMemberResult> {
  const { teamId, userId } = parseInput(ZRemoveMemberInput, input);

  return transactWithEvents(async (tx, emit) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    if (userId === team.captainId) throw new AppError("CONFLICT", `The captain cannot be removed from ${team.name}.`);
    // deleteMany's count, not a prior read, decides: of two concurrent removals only one deletes.
    const { count } = await tx.teamMembership.deleteMany({ where: { teamId, userId } });
    if (count === 0) throw new AppError("NOT_FOUND", `That player is not on ${team.name}.`);
    emit(teamRosterChanged.create({ teamId, userId, change: "removed", actorId: actor.id }));
    return { teamId, userId };
  });
}
