// Admin cancels a scheduled match → CANCELLED → `match/cancelled`. Both rosters hear it
// (tournament-events.ts) and its check-in reminder never goes out (remind-match-start.ts). The
// pairing is free again for that round (scheduleMatch ignores cancelled matches).
import { z } from "zod";
import { matchCancelled } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { lockScheduledMatch, updateScheduledMatch } from "./lock-scheduled-match";

export const ZCancelMatchInput = z.object({ matchId: zId("a match") });
export type TCancelMatchInput = z.input<typeof ZCancelMatchInput>;

export type TCancelMatchResult = { matchId: string; tournamentId: string };

export async function cancelMatch(actor: TActor, input: TCancelMatchInput): Promise<TCancelMatchResult> {
  assertAdmin(actor);
  const { matchId } = parseInput(ZCancelMatchInput, input);

  return transactWithEvents(async (tx, emit) => {
    const match = await lockScheduledMatch(tx, matchId, "cancel");
    await updateScheduledMatch(tx, matchId, { status: "CANCELLED" });
    emit(matchCancelled.create({ matchId, tournamentId: match.tournamentId }));
    return { matchId, tournamentId: match.tournamentId };
  });
}
