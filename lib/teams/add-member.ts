// A team's captain (or an admin) adds a player directly as PLAYER or SUBSTITUTE →
// TeamMembership → `team/roster.changed` (added). Any pending invite of that player to the team is
// withdrawn (CANCELLED): it has nothing left to answer. A player on another team is refused (one team
// at a time, assert-on-no-team.ts). The unique (team, user) constraint makes a concurrent duplicate a
// CONFLICT.
import { z } from "zod";
import { teamRosterChanged } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { assertOnNoTeam } from "./assert-on-no-team";
import { getTeamAsCaptain } from "./get-team-as-captain";

export const ZAddMemberInput = z.object({
  teamId: zId("a team"),
  userId: zId("a player"),
  /** Defaults to PLAYER. The captain role comes with Team.captainId, never through here. */
  role: z.enum(["PLAYER", "SUBSTITUTE"], { error: "A new member is a player or a substitute." }).optional(),
});
export type TAddMemberInput = z.infer<typeof ZAddMemberInput>;

export type TAddMemberResult = { membershipId: string; teamId: string; userId: string; role: "PLAYER" | "SUBSTITUTE" };

export async function addMember(actor: TActor, input: TAddMemberInput): Promise<TAddMemberResult> {
  const { teamId, userId, role = "PLAYER" } = parseInput(ZAddMemberInput, input);

  const work = transactWithEvents(async (tx, emit) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, username: true } });
    if (!user) throw new AppError("NOT_FOUND", "That player does not exist.");
    const who = user.name ?? user.username ?? "That player";
    await assertOnNoTeam(tx, userId, (other) =>
      other.id === teamId ? `${who} is already on ${team.name}.` : `${who} already plays for ${other.name}.`,
    );
    const membership = await tx.teamMembership.create({ data: { teamId, userId, role }, select: { id: true } });
    await tx.teamInvite.updateMany({
      where: { teamId, inviteeId: userId, status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    emit(teamRosterChanged.create({ teamId, userId, change: "added", actorId: actor.id }));
    return { membershipId: membership.id, teamId, userId, role };
  });
  return conflictOnDuplicate(work, "That player is already on this team.");
}
