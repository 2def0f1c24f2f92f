// The outbox sweep (cron every minute, and /api/cron/outbox): resends rows that were committed but
// not sent — Inngest was down, or the process died right after commit. Rows younger than the grace
// period are left to the request that wrote them. Concurrent sweeps skip each other's rows.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendRows } from "./publish-events";

const GRACE_MS = 30_000;
const BATCH_SIZE = 100;
const MAX_BATCHES = 20;

export type TRelayResult = { sent: number; failed: number; pending: number; error?: string };

export async function relayOutbox(now = new Date()): Promise<TRelayResult> {
  const result: TRelayResult = { sent: 0, failed: 0, pending: 0 };
  const cutoff = new Date(now.getTime() - GRACE_MS);
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const outcome = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; name: string; data: Prisma.JsonValue }[]>`
        SELECT id, name, data FROM "OutboxEvent"
        WHERE "sentAt" IS NULL AND "createdAt" <= ${cutoff}
        ORDER BY "createdAt" LIMIT ${BATCH_SIZE}
        FOR UPDATE SKIP LOCKED`;
      return { count: rows.length, ...(await sendRows(rows, tx)) };
    }, { timeout: 60_000 });
    result.sent += outcome.sent;
    result.failed += outcome.failed;
    if (outcome.error) result.error = outcome.error;
    if (outcome.count < BATCH_SIZE || outcome.failed > 0) break;
  }
  result.pending = await countPendingEvents();
  return result;
}

/** Committed events not yet accepted by Inngest (shown on the admin dashboard). */
export function countPendingEvents(): Promise<number> {
  return db.outboxEvent.count({ where: { sentAt: null } });
}
