// Admin schedules a whole round robin for a tournament's registered teams in one go: every pair
// once (round-robin.ts), round r at the first match time + (r − 1) × the hours between rounds, all
// in one transaction, each match a SCHEDULED row with the same `match/scheduled` event scheduleMatch
// emits (so each roster is told). Refused when the tournament already has matches (cancelled aside),
// or fewer than two teams — the same lock as scheduleMatch keeps the two from interleaving.
import { z } from "zod";
import { matchScheduled } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { lockKey } from "@/lib/postgres/lock-key";
import { parseInput, zDate, zId } from "@/lib/validation/parse-input";
import { roundRobinRounds } from "./round-robin";
import { SCHEDULING_STATUSES } from "./schedule-match";

const GAP_MESSAGE = "Hours between rounds: a whole number from 1 to 336.";

export const ZGenerateRoundRobinInput = z.object({
  tournamentId: zId("a tournament"),
  firstMatchAt: zDate("time of the first round").refine(
    (date) => date.getTime() > Date.now(),
    "Pick a first round in the future.",
  ),
  hoursBetweenRounds: z.number({ error: GAP_MESSAGE }).int(GAP_MESSAGE).min(1, GAP_MESSAGE).max(336, GAP_MESSAGE),
});
export type TGenerateRoundRobinInput = z.input<typeof ZGenerateRoundRobinInput>;
export type TGenerateRoundRobinResult = { tournamentId: string; rounds: number; matches: number };

export async function generateRoundRobin(
  actor: TActor,
  input: TGenerateRoundRobinInput,
): Promise<TGenerateRoundRobinResult> {
  assertAdmin(actor);
  const { tournamentId, firstMatchAt, hoursBetweenRounds } = parseInput(ZGenerateRoundRobinInput, input);
  return transactWithEvents(async (tx, emit) => {
    await lockKey(tx, `schedule-match:${tournamentId}`);
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: {
        name: true,
        status: true,
        registrations: { orderBy: { createdAt: "asc" }, select: { teamId: true } },
        _count: { select: { matches: { where: { status: { not: "CANCELLED" } } } } },
      },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (!(SCHEDULING_STATUSES as readonly string[]).includes(tournament.status))
      throw new AppError("CONFLICT", `Matches can only be scheduled while ${tournament.name} is open or under way.`);
    if (tournament._count.matches > 0)
      throw new AppError("CONFLICT", `${tournament.name} already has matches: schedule more one at a time.`);
    const rounds = roundRobinRounds(tournament.registrations.map((registration) => registration.teamId));
    if (rounds.flat().length === 0)
      throw new AppError("CONFLICT", `${tournament.name} needs at least two registered teams for a round robin.`);

    const matches = rounds.flatMap((pairs, index) =>
      pairs.map(([teamAId, teamBId]) => ({
        tournamentId,
        round: index + 1,
        teamAId,
        teamBId,
        scheduledAt: new Date(firstMatchAt.getTime() + index * hoursBetweenRounds * 3_600_000),
        status: "SCHEDULED" as const,
      })),
    );
    const created = await tx.match.createManyAndReturn({ data: matches, select: { id: true, scheduledAt: true } });
    emit(
      ...created.map((match) =>
        matchScheduled.create({ matchId: match.id, tournamentId, scheduledAt: match.scheduledAt?.toISOString() }),
      ),
    );
    return { tournamentId, rounds: rounds.length, matches: created.length };
  });
}
