// Admin's "Recompute rankings" on a tournament: refreshes the stats of that tournament's teams (from
// all their completed matches) and re-ranks everyone — the recompute-rankings job's `--tournament-id`
// run, asked of Inngest with trigger MANUAL through the outbox. Only an unknown tournament is refused.
import { z } from "zod";
import { rankingsRecomputeRequested } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { countPendingEvents } from "@/lib/outbox/relay-outbox";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { parseInput, zId } from "@/lib/validation/parse-input";

export const ZRequestTournamentRankingsInput = z.object({ tournamentId: zId("a tournament") });
export type TRequestTournamentRankingsInput = z.infer<typeof ZRequestTournamentRankingsInput>;

export async function requestTournamentRankings(
  actor: TActor,
  input: TRequestTournamentRankingsInput,
): Promise<{ tournamentId: string; pendingEvents: number }> {
  assertAdmin(actor);
  const { tournamentId } = parseInput(ZRequestTournamentRankingsInput, input);
  await transactWithEvents(async (tx, emit) => {
    const tournament = await tx.tournament.findUnique({ where: { id: tournamentId }, select: { id: true } });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    emit(rankingsRecomputeRequested.create({ tournamentId, trigger: "MANUAL" }));
  });
  return { tournamentId, pendingEvents: await countPendingEvents() };
}
