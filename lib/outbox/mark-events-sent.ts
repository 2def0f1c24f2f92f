// After a function's step.sendEvent succeeded: its outbox rows are sent, so the sweep leaves them.
import { db } from "@/lib/db";

export async function markEventsSent(ids: string[], now = new Date()): Promise<{ markedCount: number }> {
  if (ids.length === 0) return { markedCount: 0 };
  const { count } = await db.outboxEvent.updateMany({
    where: { id: { in: ids }, sentAt: null },
    data: { sentAt: now, attempts: { increment: 1 }, lastError: null },
  });
  return { markedCount: count };
}
