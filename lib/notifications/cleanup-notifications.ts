// Deletes read notifications older than `days` (default 90), in batches so no single statement
// holds locks on a huge table for long. Unread ones are kept however old. Idempotent.
import { db } from "@/lib/db";

export const DEFAULT_RETENTION_DAYS = 90;
const BATCH_SIZE = 5_000;

export async function cleanupNotifications({
  days = DEFAULT_RETENTION_DAYS,
  now = new Date(),
}: { days?: number; now?: Date } = {}): Promise<{ deletedCount: number; days: number }> {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a whole number of at least 1 (got ${days})`);
  const cutoff = new Date(now.getTime() - days * 24 * 3_600_000);
  let deletedCount = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      DELETE FROM "Notification" WHERE id IN (
        SELECT id FROM "Notification" WHERE "readAt" IS NOT NULL AND "createdAt" < ${cutoff} LIMIT ${BATCH_SIZE})`;
    deletedCount += deleted;
    if (deleted < BATCH_SIZE) return { deletedCount, days };
  }
}
