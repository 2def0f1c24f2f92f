// The transactional outbox, send side: rows go to Inngest with their id as the event id (Inngest
// ignores a repeated id for 24 h), then are marked sent. A failure leaves them pending for the sweep
// (relay-outbox) and is recorded on the row; it is never thrown to the caller, whose change is
// already committed.
import { db, type DbClient } from "@/lib/db";
import { inngest } from "@/inngest/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TPublishResult = { sent: number; failed: number; error?: string };

/** Events per request to Inngest (its request size limit is a few MB). */
const SEND_BATCH_SIZE = 500;

export async function publishEvents(ids: string[]): Promise<TPublishResult> {
  const total: TPublishResult = { sent: 0, failed: 0 };
  for (let start = 0; start < ids.length; start += SEND_BATCH_SIZE) {
    const batch = ids.slice(start, start + SEND_BATCH_SIZE);
    const rows = await db.outboxEvent.findMany({ where: { id: { in: batch }, sentAt: null }, select: { id: true, name: true, data: true } });
    const result = await sendRows(rows);
    total.sent += result.sent;
    total.failed += result.failed;
    if (result.error) return { ...total, failed: ids.length - total.sent, error: result.error }; // Inngest is down: the sweep sends the rest
  }
  return total;
}

/** Sends outbox rows and records the outcome on them with `client` (the sweep's transaction holds their locks). */
export async function sendRows(rows: { id: string; name: string; data: Prisma.JsonValue }[], client: DbClient = db): Promise<TPublishResult> {
  if (rows.length === 0) return { sent: 0, failed: 0 };
  const ids = rows.map((row) => row.id);
  try {
    await inngest.send(rows.map((row) => ({ id: row.id, name: row.name, data: (row.data ?? {}) as Record<string, unknown> })));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 1000) } });
    return { sent: 0, failed: rows.length, error: message };
  }
  await client.outboxEvent.updateMany({ where: { id: { in: ids } }, data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null } });
  return { sent: rows.length, failed: 0 };
}
