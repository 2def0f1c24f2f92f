// What happened to each outbox row a send tried, written back in two statements whatever the count:
// sent rows are marked sent; the others count an attempt, keep the error, and back off
// exponentially — or, once Inngest has refused one OUTBOX_DEAD_LETTER_AFTER times (or it can never
// be accepted), are dead-lettered: kept, never sent again on their own, shown on the dashboard.
import { db } from "@/lib/db";

/** Rejections (4xx: malformed, too large) before an event is dead-lettered. Outages never count. */
export const OUTBOX_DEAD_LETTER_AFTER = 5;
/** The backoff after a failed send doubles from this with every attempt… */
export const OUTBOX_BACKOFF_BASE_MS = 60_000;
/** …up to this (an outage: at most this long between Inngest coming back and a row being resent). */
export const OUTBOX_BACKOFF_MAX_MS = 30 * 60_000;

export type TSendOutcome =
  { kind: "sent" } | { kind: "rejected"; error: string; isFinal?: boolean } | { kind: "unavailable"; error: string };

export type TSendResult = {
  sent: number;
  /** Refused by Inngest now (malformed, too large); some of them may now be dead-lettered. */
  rejected: number;
  deadLettered: number;
  /** Not sent because Inngest was unreachable: backing off. */
  unavailable: number;
  error?: string;
};

export async function recordSendOutcomes(outcomes: Map<string, TSendOutcome>, now: Date): Promise<TSendResult> {
  const result: TSendResult = { sent: 0, rejected: 0, deadLettered: 0, unavailable: 0 };
  const sentIds: string[] = [];
  const failed: { id: string; error: string; isRejected: boolean; isFinal: boolean }[] = [];
  for (const [id, outcome] of outcomes) {
    if (outcome.kind === "sent") {
      sentIds.push(id);
      continue;
    }
    failed.push({
      id,
      error: outcome.error.slice(0, 1000),
      isRejected: outcome.kind === "rejected",
      isFinal: outcome.kind === "rejected" && Boolean(outcome.isFinal),
    });
    result[outcome.kind === "rejected" ? "rejected" : "unavailable"] += 1;
    result.error = outcome.error;
  }
  if (sentIds.length) {
    result.sent = (
      await db.outboxEvent.updateMany({
        where: { id: { in: sentIds }, sentAt: null },
        data: { sentAt: now, attempts: { increment: 1 }, lastError: null },
      })
    ).count;
  }
  if (failed.length) {
    // Date parameters arrive as text: ::timestamp(3) reads them as the UTC instants Prisma stores.
    const rows = await db.$queryRaw<{ isDead: boolean }[]>`
      UPDATE "OutboxEvent" AS o SET
        attempts = o.attempts + 1,
        rejections = o.rejections + f.rejected::int,
        "lastError" = f.error,
        "deadAt" = CASE WHEN f.final OR (f.rejected AND o.rejections + 1 >= ${OUTBOX_DEAD_LETTER_AFTER}) THEN ${now}::timestamp(3) END,
        "nextAttemptAt" = ${now}::timestamp(3)
          + LEAST(${OUTBOX_BACKOFF_BASE_MS}::float8 * power(2, LEAST(o.attempts, 20)), ${OUTBOX_BACKOFF_MAX_MS}::float8) * interval '1 millisecond'
      FROM unnest(${failed.map((row) => row.id)}::text[], ${failed.map((row) => row.error)}::text[],
                  ${failed.map((row) => row.isRejected)}::bool[], ${failed.map((row) => row.isFinal)}::bool[]) AS f(id, error, rejected, final)
      WHERE o.id = f.id AND o."sentAt" IS NULL
      RETURNING o."deadAt" IS NOT NULL AS "isDead"`;
    result.deadLettered = rows.filter((row) => row.isDead).length;
  }
  return result;
}
