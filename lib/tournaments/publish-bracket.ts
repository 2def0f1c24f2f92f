// Admin publishes a tournament's bracket (its scheduled matches) → bracketPublishedAt →
// `tournament/bracket.published`. Once only; only while the tournament is open for registration or
// under way, and only when at least one match is scheduled (an empty bracket tells players nothing).
import { z } from "zod";
import { tournamentBracketPublished } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { tournamentStateMessage } from "./tournament-state-message";

export const ZPublishBracketInput = z.object({ tournamentId: zId("a tournament") });
export type TPublishBracketInput = z.infer<typeof ZPublishBracketInput>;

export type TPublishBracketResult = { tournamentId: string; bracketPublishedAt: Date; matchCount: number };

export async function publishBracket(actor: TActor, input: TPublishBracketInput): Promise<TPublishBracketResult> {
  assertAdmin(actor);
  const { tournamentId } = parseInput(ZPublishBracketInput, input);

  return transactWithEvents(async (tx, emit) => {
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: {
        id: true,
        name: true,
        status: true,
        bracketPublishedAt: true,
        _count: { select: { matches: { where: { status: { not: "CANCELLED" } } } } },
      },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (tournament.bracketPublishedAt)
      throw new AppError("CONFLICT", `The bracket of ${tournament.name} is already published.`);
    if (tournament.status !== "REGISTRATION" && tournament.status !== "ONGOING") {
      throw new AppError(
        "CONFLICT",
        `${tournamentStateMessage(tournament.name, tournament.status)} Its bracket cannot be published.`,
      );
    }
    const matchCount = tournament._count.matches;
    if (matchCount === 0)
      throw new AppError(
        "CONFLICT",
        `Schedule at least one match of ${tournament.name} before publishing its bracket.`,
      );

    const bracketPublishedAt = new Date();
    // Guarded: of two concurrent publishes, only one finds the bracket unpublished.
    const { count } = await tx.tournament.updateMany({
      where: { id: tournamentId, bracketPublishedAt: null, status: { in: ["REGISTRATION", "ONGOING"] } },
      data: { bracketPublishedAt },
    });
    if (count === 0) throw new AppError("CONFLICT", `The bracket of ${tournament.name} was published just now.`);

    emit(tournamentBracketPublished.create({ tournamentId }));
    return { tournamentId, bracketPublishedAt, matchCount };
  });
}
