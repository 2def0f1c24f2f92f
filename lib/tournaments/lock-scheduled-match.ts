// Reschedule and cancel start the same way: find the match, take its tournament's schedule lock
// (the one scheduleMatch takes), and check — under the lock — that it is still a scheduled match of
// a tournament whose schedule can change. A completed or cancelled match is history, not a plan;
// the change itself is guarded on SCHEDULED too (updateScheduledMatch).
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockKey } from "@/lib/postgres/lock-key";
import { SCHEDULING_STATUSES, scheduleLockKey } from "./schedule-match";

export async function lockScheduledMatch(tx: DbClient, matchId: string, verb: "reschedule" | "cancel") {
  const found = await tx.match.findUnique({ where: { id: matchId }, select: { tournamentId: true } });
  if (!found) throw new AppError("NOT_FOUND", "That match does not exist.");
  await lockKey(tx, scheduleLockKey(found.tournamentId));

  const match = await tx.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      id: true,
      tournamentId: true,
      status: true,
      scheduledAt: true,
      tournament: { select: { name: true, status: true } },
    },
  });
  if (match.status === "COMPLETED")
    throw new AppError("CONFLICT", `This match already has a result, so you cannot ${verb} it.`);
  if (match.status === "CANCELLED")
    throw new AppError("CONFLICT", `This match was cancelled, so you cannot ${verb} it.`);
  if (!(SCHEDULING_STATUSES as readonly string[]).includes(match.tournament.status))
    throw new AppError(
      "CONFLICT",
      `Matches can only change while ${match.tournament.name} is open for registration or under way.`,
    );
  return match;
}

/**
 * Changes the match only while it is still SCHEDULED: posting a result takes no schedule lock (it
 * guards its own update), so a result that lands after the check above is never overwritten.
 */
export async function updateScheduledMatch(
  tx: DbClient,
  matchId: string,
  data: { scheduledAt?: Date; status?: "CANCELLED" },
): Promise<void> {
  const { count } = await tx.match.updateMany({ where: { id: matchId, status: "SCHEDULED" }, data });
  if (count === 0) throw new AppError("CONFLICT", "Someone posted a result for this match just now. Reload to see it.");
}
