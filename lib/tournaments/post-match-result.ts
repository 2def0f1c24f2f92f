// Admin posts a match's result → match COMPLETED with scores and winner → `match/result.posted`.
// Posting again with a different score is a correction: scores and winner change, completedAt keeps
// the time the match was first completed, and a new event goes out so rankings and notifications
// follow. Posting the same score again changes nothing and emits nothing (a double submit never
// notifies twice). Cancelled matches, and matches of draft or cancelled tournaments, are refused.
import { z } from "zod";
import { matchResultPosted } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

const zScore = (team: string) => {
  const message = `Enter ${team}'s score as a whole number from 0 to 999.`;
  return z.number({ error: message }).int(message).min(0, message).max(999, message);
};

export const ZPostMatchResultInput = z.object({
  matchId: zId("a match"),
  scoreA: zScore("the first team"),
  scoreB: zScore("the second team"),
});
export type TPostMatchResultInput = z.infer<typeof ZPostMatchResultInput>;

export type TPostMatchResultResult = {
  matchId: string;
  tournamentId: string;
  scoreA: number;
  scoreB: number;
  /** Null on a draw. */
  winnerId: string | null;
  /** The match already had a result, and this one replaced it. */
  isCorrection: boolean;
  /** The match already had exactly this result: nothing was written or sent. */
  isUnchanged: boolean;
};

export async function postMatchResult(actor: TActor, input: TPostMatchResultInput): Promise<TPostMatchResultResult> {
  assertAdmin(actor);
  const { matchId, scoreA, scoreB } = parseInput(ZPostMatchResultInput, input);

  return transactWithEvents(async (tx, emit) => {
    const match = await tx.match.findUnique({
      where: { id: matchId },
      select: {
        id: true,
        tournamentId: true,
        status: true,
        scoreA: true,
        scoreB: true,
        teamAId: true,
        teamBId: true,
        completedAt: true,
        tournament: { select: { name: true, status: true } },
      },
    });
    if (!match) throw new AppError("NOT_FOUND", "That match does not exist.");
    if (match.status === "CANCELLED")
      throw new AppError("CONFLICT", "This match was cancelled, so it cannot have a result.");
    if (match.tournament.status === "CANCELLED")
      throw new AppError("CONFLICT", `${match.tournament.name} was cancelled, so its matches cannot have results.`);
    if (match.tournament.status === "DRAFT")
      throw new AppError(
        "CONFLICT",
        `${match.tournament.name} is still a draft, so its matches cannot have results yet.`,
      );

    const winnerId = scoreA === scoreB ? null : scoreA > scoreB ? match.teamAId : match.teamBId;
    const isCorrection = match.status === "COMPLETED";
    const result = { matchId: match.id, tournamentId: match.tournamentId, scoreA, scoreB, winnerId, isCorrection };
    if (isCorrection && match.scoreA === scoreA && match.scoreB === scoreB)
      return { ...result, isCorrection: false, isUnchanged: true };

    // Guarded on the state just read: of two concurrent posts, the second finds the row changed and
    // is refused rather than both emitting.
    const { count } = await tx.match.updateMany({
      where: { id: match.id, status: match.status, scoreA: match.scoreA, scoreB: match.scoreB },
      data: { status: "COMPLETED", scoreA, scoreB, winnerId, completedAt: match.completedAt ?? new Date() },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        "Someone posted a result for this match just now. Reload to see it before posting again.",
      );

    emit(matchResultPosted.create({ matchId: match.id, tournamentId: match.tournamentId }));
    return { ...result, isUnchanged: false };
  });
}
