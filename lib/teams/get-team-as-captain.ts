// The permission rule of team operations: the team's captain (Team.captainId) or an admin.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/auth/actor";

export type TCaptainTeam = { id: string; name: string; slug: string; captainId: string };

/** Loads the team for `actor`; NOT_FOUND when it does not exist, FORBIDDEN unless captain or admin. */
export async function getTeamAsCaptain(tx: DbClient, actor: TActor, teamId: string): Promise<TCaptainTeam> {
  const team = await tx.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, slug: true, captainId: true },
  });
  if (!team) throw new AppError("NOT_FOUND", "That team does not exist.");
  if (actor.role !== "ADMIN" && team.captainId !== actor.id) {
    throw new AppError("FORBIDDEN", `Only the captain of ${team.name} or an admin can do this.`);
  }
  return team;
}
