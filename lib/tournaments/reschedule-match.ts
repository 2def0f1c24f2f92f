// Admin moves a scheduled match to a new time in the future → `match/rescheduled` (new and previous
// time). Both rosters hear "moved to <time>" (tournament-events.ts), and the check-in reminder
// follows the new time (inngest/functions/remind-match-start.ts). Moving it to the time it already
// has changes nothing and sends nothing (a double submit never notifies twice).
import { z } from "zod";
import { matchRescheduled } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zDate, zId } from "@/lib/validation/parse-input";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { lockScheduledMatch, updateScheduledMatch } from "./lock-scheduled-match";

export const ZRescheduleMatchInput = z
  .object({
    matchId: zId("a match"),
    scheduledAt: zDate("new date and time for the match"),
  })
  .refine((input) => input.scheduledAt.getTime() > Date.now(), {
    message: "Pick a new match time in the future.",
    path: ["scheduledAt"],
  });
export type TRescheduleMatchInput = z.input<typeof ZRescheduleMatchInput>;

export type TRescheduleMatchResult = {
  matchId: string;
  tournamentId: string;
  scheduledAt: Date;
  previousScheduledAt: Date | null;
  /** The match was already at that time: nothing was written or sent. */
  isUnchanged: boolean;
};

export async function rescheduleMatch(actor: TActor, input: TRescheduleMatchInput): Promise<TRescheduleMatchResult> {
  assertAdmin(actor);
  const { matchId, scheduledAt } = parseInput(ZRescheduleMatchInput, input);

  return transactWithEvents(async (tx, emit) => {
    const match = await lockScheduledMatch(tx, matchId, "reschedule");
    const previousScheduledAt = match.scheduledAt;
    const result = { matchId, tournamentId: match.tournamentId, scheduledAt, previousScheduledAt };
    if (previousScheduledAt?.getTime() === scheduledAt.getTime()) return { ...result, isUnchanged: true };

    await updateScheduledMatch(tx, matchId, { scheduledAt });
    emit(
      matchRescheduled.create({
        matchId,
        tournamentId: match.tournamentId,
        scheduledAt: scheduledAt.toISOString(),
        previousScheduledAt: previousScheduledAt?.toISOString() ?? null,
      }),
    );
    return { ...result, isUnchanged: false };
  });
}
