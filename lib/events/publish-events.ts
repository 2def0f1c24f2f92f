// The transactional outbox, send side: rows go to Inngest with their id as the event id (Inngest
// ignores a repeated id for 24 h), then are marked sent. A failure leaves them pending for the sweep
// (relay-outbox) and is recorded on the row; it is never thrown to the caller, whose change is
// already committed.
import { db, type DbClient } from "@/lib/db";
import { inngest } from "@/inngest/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TPublishResult = { sent: number; failed: number; error?: string };
type TOutboxRow = { id: string; name: string; data: Prisma.JsonValue };

/** Events per request to Inngest (its request size limit is a few MB). */
const SEND_BATCH_SIZE = 500;

export async function publishEvents(ids: string[]): Promise<TPublishResult> {
  if (ids.length === 0) return { sent: 0, failed: 0 };
  const rows = await db.outboxEvent.findMany({ where: { id: { in: ids }, sentAt: null }, select: { id: true, name: true, data: true } });
  return sendRows(rows);
}

/**
 * Sends outbox rows in batches and records the outcome with `client` (the sweep's transaction holds
 * their locks): one UPDATE for the sent rows, one for the rest. Stops at the first failed batch —
 * Inngest is down; the sweep sends the rest later.
 */
export async function sendRows(rows: TOutboxRow[], client: DbClient = db): Promise<TPublishResult> {
  if (rows.length === 0) return { sent: 0, failed: 0 };
  const sentIds: string[] = [];
  let error: string | undefined;
  for (let start = 0; start < rows.length && !error; start += SEND_BATCH_SIZE) {
    const batch = rows.slice(start, start + SEND_BATCH_SIZE);
    try {
      await inngest.send(batch.map((row) => ({ id: row.id, name: row.name, data: (row.data ?? {}) as Record<string, unknown> })));
      sentIds.push(...batch.map((row) => row.id));
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
  }
  const sent = new Set(sentIds);
  const unsentIds = rows.map((row) => row.id).filter((id) => !sent.has(id));
  if (sentIds.length) {
    await client.outboxEvent.updateMany({ where: { id: { in: sentIds } }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  }
  if (unsentIds.length && error) {
    await client.outboxEvent.updateMany({ where: { id: { in: unsentIds } }, data: { attempts: { increment: 1 }, lastError: error.slice(0, 1000) } });
  }
  return { sent: sentIds.length, failed: unsentIds.length, ...(error ? { error } : {}) };
}
