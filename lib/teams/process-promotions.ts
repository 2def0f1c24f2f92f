// Promotions: SCHEDULED ones whose start passed become ACTIVE (each emits `promotion/started`, in
// the same transaction); ACTIVE ones — and SCHEDULED ones that ended before they could start —
// past their end become EXPIRED. Idempotent: rows already moved are not touched again.
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { promotionStarted } from "@/inngest/events";

export async function processPromotions(now = new Date()): Promise<{ activatedCount: number; expiredCount: number }> {
  return transactWithEvents(async (tx, emit) => {
    const expired = await tx.teamPromotion.updateMany({
      where: { status: { in: ["SCHEDULED", "ACTIVE"] }, endsAt: { lte: now } },
      data: { status: "EXPIRED" },
    });
    const activated = await tx.$queryRaw<{ id: string; teamId: string }[]>`
      UPDATE "TeamPromotion" SET status = 'ACTIVE', "updatedAt" = now()
      WHERE status = 'SCHEDULED' AND "startsAt" <= ${now} AND "endsAt" > ${now}
      RETURNING id, "teamId"`;
    emit(
      ...activated.map((row) => ({
        ...promotionStarted.create({ promotionId: row.id, teamId: row.teamId }),
        id: `promotion-started:${row.id}`,
      })),
    );
    return { activatedCount: activated.length, expiredCount: expired.count };
  });
}
