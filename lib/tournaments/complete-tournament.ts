// Admin completes a tournament with its final placements → status COMPLETED, completedAt, Placement
// rows → `tournament/completed` and a rankings recompute right away; the wrap-up job requests the
// payouts once the prize hold has ended (lib/payouts/payout-hold.ts). Places run
// 1..n without gaps, each team once and registered; places 1–3 are required when at least three
// teams are registered (fewer teams: one place per team, at least the winner). Draft, completed and
// cancelled tournaments are refused. The unique placement constraints are the final guard.
import { z } from "zod";
import { rankingsRecomputeRequested, tournamentCompleted } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { tournamentStateMessage } from "./tournament-state-message";

const PLACE_MESSAGE = "Each place is a whole number from 1.";
/** Places that must be filled when enough teams are registered: the ones that are paid out. */
const REQUIRED_PLACES = 3;

export const ZCompleteTournamentInput = z
  .object({
    tournamentId: zId("a tournament"),
    placements: z
      .array(
        z.object({
          teamId: zId("a team for each place"),
          place: z.number({ error: PLACE_MESSAGE }).int(PLACE_MESSAGE).min(1, PLACE_MESSAGE).max(1000, PLACE_MESSAGE),
        }),
        {
          error: "Enter the final placements.",
        },
      )
      .min(1, "Enter at least the winner.")
      .max(1000, "At most 1000 placements."),
  })
  .superRefine(({ placements }, ctx) => {
    if (new Set(placements.map((p) => p.teamId)).size !== placements.length) {
      ctx.addIssue({ code: "custom", path: ["placements"], message: "Each team can take only one place." });
    }
    const places = placements.map((p) => p.place).sort((a, b) => a - b);
    if (places.some((place, i) => place !== i + 1)) {
      ctx.addIssue({
        code: "custom",
        path: ["placements"],
        message: "Places must run 1, 2, 3, … with each place given once and no gaps.",
      });
    }
  });
export type TCompleteTournamentInput = z.infer<typeof ZCompleteTournamentInput>;

export type TCompleteTournamentResult = { tournamentId: string; completedAt: Date; placementCount: number };

export async function completeTournament(
  actor: TActor,
  input: TCompleteTournamentInput,
): Promise<TCompleteTournamentResult> {
  assertAdmin(actor);
  const { tournamentId, placements } = parseInput(ZCompleteTournamentInput, input);

  const work = transactWithEvents(async (tx, emit) => {
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: { id: true, name: true, status: true, registrations: { select: { teamId: true } } },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (tournament.status !== "REGISTRATION" && tournament.status !== "ONGOING") {
      throw new AppError(
        "CONFLICT",
        `${tournamentStateMessage(tournament.name, tournament.status)} It cannot be completed.`,
      );
    }

    const registered = new Set(tournament.registrations.map((r) => r.teamId));
    const strangers = placements.filter((p) => !registered.has(p.teamId)).map((p) => p.teamId);
    if (strangers.length > 0) {
      const named = await tx.team.findMany({
        where: { id: { in: strangers } },
        select: { name: true },
        orderBy: { name: "asc" },
      });
      const who = named.length > 0 ? named.map((t) => t.name).join(", ") : "A placed team";
      throw new AppError(
        "INVALID_INPUT",
        `${who} ${named.length > 1 ? "are" : "is"} not registered for ${tournament.name}.`,
      );
    }
    const required = Math.min(REQUIRED_PLACES, registered.size);
    if (placements.length < required) {
      throw new AppError(
        "INVALID_INPUT",
        `Enter at least places 1–${required}: ${registered.size} teams are registered for ${tournament.name}.`,
      );
    }

    const completedAt = new Date();
    // Guarded: of two concurrent completions, only one finds the tournament still open.
    const { count } = await tx.tournament.updateMany({
      where: { id: tournamentId, status: { in: ["REGISTRATION", "ONGOING"] } },
      data: { status: "COMPLETED", completedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", `${tournament.name} was completed just now.`);
    await tx.placement.createMany({
      data: placements.map((p) => ({ tournamentId, teamId: p.teamId, place: p.place })),
    });

    emit(tournamentCompleted.create({ tournamentId }), {
      ...rankingsRecomputeRequested.create({ tournamentId, trigger: "EVENT" }),
      id: `complete:rankings:${tournamentId}`,
    });
    return { tournamentId, completedAt, placementCount: placements.length };
  });
  return conflictOnDuplicate(work, "This tournament already has final placements.");
}
