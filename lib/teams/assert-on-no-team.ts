// A player plays for one team at a time (the demo's "free agent" is the player on no team): creating
// a team, accepting an invite and being added all check it here. An advisory lock on the player,
// held to the end of the transaction, keeps two of those from both passing at the same moment.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockKey } from "@/lib/postgres/lock-key";

/**
 * Throws CONFLICT when `userId` is on a team already; `refusal` words it from that team (the same
 * team the caller is about to join, or another) and whether the player is the actor or someone else.
 */
export async function assertOnNoTeam(
  tx: DbClient,
  userId: string,
  refusal: (team: { id: string; name: string }) => string,
): Promise<void> {
  await lockKey(tx, `team-membership:${userId}`);
  const current = await tx.teamMembership.findFirst({
    where: { userId },
    select: { team: { select: { id: true, name: true } } },
  });
  if (current) throw new AppError("CONFLICT", refusal(current.team));
}
