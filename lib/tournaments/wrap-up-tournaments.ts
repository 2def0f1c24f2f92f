// Tournament wrap-up: every COMPLETED tournament not yet wrapped up whose prize hold has ended and
// whose payout is not frozen (lib/payouts/payout-hold.ts) gets its rankings recomputed and its
// payouts requested (as events, with deterministic ids), and is marked wrapped up — all in one
// transaction per tournament, so each is requested once however often the job runs. A tournament
// still in its hold, or frozen, is left unmarked and picked up by the first run after the hold ends
// or the freeze is lifted (rankings were already requested at completion: complete-tournament.ts).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { holdEndedFor } from "@/lib/payouts/payout-hold";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { payoutsDistributeRequested, rankingsRecomputeRequested } from "@/inngest/events";

export async function wrapUpTournaments(
  now = new Date(),
): Promise<{ wrappedUpCount: number; tournamentIds: string[] }> {
  const due = await db.tournament.findMany({
    where: dueForWrapUp(now),
    select: { id: true },
    orderBy: { completedAt: "asc" },
  });
  const tournamentIds: string[] = [];
  for (const { id } of due) {
    const claimed = await transactWithEvents(async (tx, emit) => {
      // Conditional update: a concurrent wrap-up that got here first leaves nothing to claim.
      const { count } = await tx.tournament.updateMany({
        where: { id, ...dueForWrapUp(now) },
        data: { wrappedUpAt: now },
      });
      if (count === 0) return false;
      emit(
        { ...rankingsRecomputeRequested.create({ tournamentId: id, trigger: "EVENT" }), id: `wrap-up:rankings:${id}` },
        { ...payoutsDistributeRequested.create({ tournamentId: id, trigger: "EVENT" }), id: `wrap-up:payouts:${id}` },
      );
      return true;
    });
    if (claimed) tournamentIds.push(id);
  }
  return { wrappedUpCount: tournamentIds.length, tournamentIds };
}

/** Completed, not wrapped up, hold over (a tournament without completedAt predates the hold), not frozen. */
function dueForWrapUp(now: Date): Prisma.TournamentWhereInput {
  return {
    status: "COMPLETED",
    wrappedUpAt: null,
    payoutsFrozenAt: null,
    OR: [{ completedAt: null }, { completedAt: { lte: holdEndedFor(now) } }],
  };
}
