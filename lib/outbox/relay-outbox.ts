// The outbox sweep (inngest/functions/relay-outbox.ts every OUTBOX_SWEEP_INTERVAL_MINUTES, and
// /api/cron/outbox): sends the rows that are due — committed but not sent because Inngest was down,
// refused them (they back off), or the process died after commit. Rows in their writer's grace
// period are left to the writer (lib/outbox/transact-with-events.ts).
//
// A sweep first claims due rows in one statement (UPDATE … FOR UPDATE SKIP LOCKED, moving their
// nextAttemptAt a lease ahead) and commits; only then sends, and records each outcome. No lock or
// transaction is held while Inngest answers; concurrent sweeps claim different rows, and a sweep
// that dies mid-send leaves its rows due again when the lease ends (a resend keeps the event id,
// which Inngest dedupes).
import { db } from "@/lib/db";
import type { TSendResult } from "./record-send-outcomes";
import { sendOutboxEvents } from "./send-outbox-events";
import { toOutboxEvent, type TOutboxEvent } from "./stage-events";

export const OUTBOX_SWEEP_INTERVAL_MINUTES = 5;
/** The sweep's schedule (UTC), derived from its interval. */
export const OUTBOX_SWEEP_CRON = `*/${OUTBOX_SWEEP_INTERVAL_MINUTES} * * * *`;

/** How long a claimed row is its sweep's: well beyond one send's retries (the SDK tries 5 times). */
const CLAIM_LEASE_MS = 2 * 60_000;
/** Rows claimed at a time. */
const CLAIM_SIZE = 1_000;
/** A sweep claims again until nothing is due, or this long has passed: one step stays one short request. */
const SWEEP_BUDGET_MS = 45_000;

export type TRelayResult = TSendResult & {
  /** Left waiting after this sweep (not dead-lettered). */
  pending: number;
  /** Dead-lettered in all. */
  deadLetters: number;
};

export async function relayOutbox(now = new Date()): Promise<TRelayResult> {
  const total: TSendResult = { sent: 0, rejected: 0, deadLettered: 0, unavailable: 0 };
  const startedAt = Date.now();
  while (Date.now() - startedAt < SWEEP_BUDGET_MS) {
    const events = await claimDueEvents(now);
    if (events.length === 0) break;
    const outcome = await sendOutboxEvents(events, now);
    total.sent += outcome.sent;
    total.rejected += outcome.rejected;
    total.deadLettered += outcome.deadLettered;
    total.unavailable += outcome.unavailable;
    if (outcome.error) total.error = outcome.error;
    // Inngest is unreachable: the rest can wait for the next sweep.
    if (outcome.unavailable > 0 || events.length < CLAIM_SIZE) break;
  }
  const [pending, deadLetters] = await Promise.all([countPendingEvents(), countDeadLetters()]);
  return { ...total, pending, deadLetters };
}

async function claimDueEvents(now: Date): Promise<TOutboxEvent[]> {
  const leaseEnd = new Date(now.getTime() + CLAIM_LEASE_MS);
  // Date parameters arrive as text: ::timestamp(3) reads them as the UTC instants Prisma stores.
  const rows = await db.$queryRaw<{ id: string; name: string; data: Record<string, unknown>; createdAt: Date }[]>`
    UPDATE "OutboxEvent" SET "nextAttemptAt" = ${leaseEnd}::timestamp(3)
    WHERE id IN (
      SELECT id FROM "OutboxEvent"
      WHERE "sentAt" IS NULL AND "deadAt" IS NULL AND "nextAttemptAt" <= ${now}::timestamp(3)
      ORDER BY "nextAttemptAt"
      LIMIT ${CLAIM_SIZE}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, name, data, "createdAt"`;
  // Oldest first, as they happened.
  return rows.map(toOutboxEvent).sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id));
}

/** Committed events Inngest has not accepted yet and that are still being tried (the admin dashboard). */
export function countPendingEvents(): Promise<number> {
  return db.outboxEvent.count({ where: { sentAt: null, deadAt: null } });
}

/** Events given up on after repeated rejections: they need an operator. */
export function countDeadLetters(): Promise<number> {
  return db.outboxEvent.count({ where: { sentAt: null, deadAt: { not: null } } });
}
