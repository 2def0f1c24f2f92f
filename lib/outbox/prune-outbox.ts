// Sent outbox rows are history once Inngest has them (it dedupes event ids for 24 h only): rows sent
// more than OUTBOX_RETENTION_DAYS ago are deleted, in batches so no statement holds locks on a large
// table for long. Unsent and dead-lettered rows are kept whatever their age. Idempotent.
import { db } from "@/lib/db";

export const OUTBOX_RETENTION_DAYS = 7;
const BATCH_SIZE = 5_000;
/** At most 500,000 rows per sweep; the next sweep goes on. */
const MAX_BATCHES = 100;

export async function pruneOutbox(now = new Date()): Promise<{ deletedCount: number }> {
  const cutoff = new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 86_400_000);
  let deletedCount = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    // Date parameters arrive as text: ::timestamp(3) reads them as the UTC instants Prisma stores.
    const deleted = await db.$executeRaw`
      DELETE FROM "OutboxEvent" WHERE id IN (
        SELECT id FROM "OutboxEvent" WHERE "sentAt" < ${cutoff}::timestamp(3) LIMIT ${BATCH_SIZE})`;
    deletedCount += deleted;
    if (deleted < BATCH_SIZE) break;
  }
  return { deletedCount };
}
