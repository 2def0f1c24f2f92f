// Tournament wrap-up: every COMPLETED tournament not yet wrapped up gets its rankings recomputed and
// its payouts requested (as events, with deterministic ids), and is marked wrapped up — all in one
// transaction per tournament, so each is requested once however often the job runs.
import { db } from "@/lib/db";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { payoutsDistributeRequested, rankingsRecomputeRequested } from "@/inngest/events";

export async function wrapUpTournaments(
  now = new Date(),
): Promise<{ wrappedUpCount: number; tournamentIds: string[] }> {
  const due = await db.tournament.findMany({
    where: { status: "COMPLETED", wrappedUpAt: null },
    select: { id: true },
    orderBy: { completedAt: "asc" },
  });
  const tournamentIds: string[] = [];
  for (const { id } of due) {
    const claimed = await transactWithEvents(async (tx, emit) => {
      // Conditional update: a concurrent wrap-up that got here first leaves nothing to claim.
      const { count } = await tx.tournament.updateMany({
        where: { id, status: "COMPLETED", wrappedUpAt: null },
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
