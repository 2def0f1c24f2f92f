// Admin schedules a match between two teams registered in a tournament that is open for
// registration or under way → a SCHEDULED match → `match/scheduled`. The same pairing cannot be
// scheduled twice in one round (cancelled matches aside); an advisory lock per tournament makes
// that check hold for concurrent requests, as no unique constraint can express it.
import { z } from "zod";
import { matchScheduled } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { lockKey } from "@/lib/postgres/lock-key";
import { parseInput, zDate, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

const ROUND_MESSAGE = "Enter the round as a whole number from 1 to 100.";

export const ZScheduleMatchInput = z
  .object({
    tournamentId: zId("a tournament"),
    round: z.number({ error: ROUND_MESSAGE }).int(ROUND_MESSAGE).min(1, ROUND_MESSAGE).max(100, ROUND_MESSAGE),
    teamAId: zId("the first team"),
    teamBId: zId("the second team"),
    scheduledAt: zDate("date and time for the match"),
  })
  .refine((input) => input.teamAId !== input.teamBId, { message: "Choose two different teams.", path: ["teamBId"] })
  .refine((input) => input.scheduledAt.getTime() > Date.now(), {
    message: "Pick a match time in the future.",
    path: ["scheduledAt"],
  });
export type TScheduleMatchInput = z.input<typeof ZScheduleMatchInput>;

export type TScheduleMatchResult = { matchId: string; tournamentId: string; round: number; scheduledAt: Date };

/** Matches are scheduled while a tournament is open for registration or under way. */
export const SCHEDULING_STATUSES = ["REGISTRATION", "ONGOING"] as const;

/** One lock per tournament for every change to its schedule (schedule, reschedule, cancel). */
export const scheduleLockKey = (tournamentId: string) => `schedule-match:${tournamentId}`;

export async function scheduleMatch(actor: TActor, input: TScheduleMatchInput): Promise<TScheduleMatchResult> {
  assertAdmin(actor);
  const { tournamentId, round, teamAId, teamBId, scheduledAt } = parseInput(ZScheduleMatchInput, input);

  return transactWithEvents(async (tx, emit) => {
    await lockKey(tx, scheduleLockKey(tournamentId));
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: {
        id: true,
        name: true,
        status: true,
        registrations: { where: { teamId: { in: [teamAId, teamBId] } }, select: { teamId: true } },
      },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (!(SCHEDULING_STATUSES as readonly string[]).includes(tournament.status)) {
      throw new AppError(
        "CONFLICT",
        `Matches can only be scheduled while ${tournament.name} is open for registration or under way.`,
      );
    }

    const teams = await tx.team.findMany({
      where: { id: { in: [teamAId, teamBId] } },
      select: { id: true, name: true },
    });
    const nameOf = new Map(teams.map((team) => [team.id, team.name]));
    const registered = new Set(tournament.registrations.map((registration) => registration.teamId));
    for (const teamId of [teamAId, teamBId]) {
      const name = nameOf.get(teamId);
      if (name === undefined) throw new AppError("NOT_FOUND", "One of those teams does not exist.");
      if (!registered.has(teamId)) throw new AppError("CONFLICT", `${name} is not registered for ${tournament.name}.`);
    }

    const duplicate = await tx.match.findFirst({
      where: {
        tournamentId,
        round,
        status: { not: "CANCELLED" },
        OR: [
          { teamAId, teamBId },
          { teamAId: teamBId, teamBId: teamAId },
        ],
      },
      select: { id: true },
    });
    if (duplicate)
      throw new AppError(
        "CONFLICT",
        `${nameOf.get(teamAId)} and ${nameOf.get(teamBId)} already have a match in round ${round}.`,
      );

    const match = await tx.match.create({
      data: { tournamentId, round, teamAId, teamBId, scheduledAt, status: "SCHEDULED" },
      select: { id: true },
    });
    emit(matchScheduled.create({ matchId: match.id, tournamentId, scheduledAt: scheduledAt.toISOString() }));
    return { matchId: match.id, tournamentId, round, scheduledAt };
  });
}
