// The transactional outbox, write side: events are rows written in the same transaction as the
// change they describe, so a change is never committed without its event.
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";

/** An event built with an `eventType(...).create(data)` of inngest/events.ts. */
export type TDomainEvent = { name: string; data: unknown; id?: string; validate?: () => Promise<void> };

/** An outbox row as Inngest receives it: the row id is the event id, its creation time the event's `ts`. */
export type TOutboxEvent = { id: string; name: string; data: Record<string, unknown>; ts: number };

type TStagedRow = { id: string; name: string; data: Record<string, unknown>; createdAt: Date };

export function toOutboxEvent(row: TStagedRow): TOutboxEvent {
  return { id: row.id, name: row.name, data: row.data ?? {}, ts: row.createdAt.getTime() };
}

/**
 * Writes `events` as outbox rows with `tx`, in one statement however many there are, and returns the
 * rows to send now. The sweep leaves them alone for `graceMs` (the writer sends them first).
 *
 * An event may carry a deterministic `id` (e.g. "cron:expire-invites:2026-11-29T06"): staging it
 * again writes nothing, and Inngest dedupes on it too. Such an event is returned again while its row
 * is still unsent (an earlier attempt committed it and died before sending), with its first `ts`;
 * once sent or dead-lettered it is not.
 */
export async function stageEvents(
  tx: DbClient,
  events: TDomainEvent[],
  { graceMs }: { graceMs: number },
): Promise<TOutboxEvent[]> {
  if (events.length === 0) return [];
  await Promise.all(events.map((event) => event.validate?.()));
  // ON CONFLICT DO UPDATE may touch a row once per statement: one entry per id, the first wins.
  const byId = new Map<string, TDomainEvent>();
  for (const event of events) {
    const id = event.id ?? randomUUID();
    if (!byId.has(id)) byId.set(id, event);
  }
  const ids = [...byId.keys()];
  const rows = await tx.$queryRaw<TStagedRow[]>`
    INSERT INTO "OutboxEvent" (id, name, data, "createdAt", "nextAttemptAt")
    SELECT id, name, data, now(), now() + ${graceMs}::int * interval '1 millisecond'
    FROM unnest(${ids}::text[], ${ids.map((id) => byId.get(id)?.name)}::text[], ${ids.map((id) => JSON.stringify(byId.get(id)?.data ?? {}))}::jsonb[]) AS e(id, name, data)
    ON CONFLICT (id) DO UPDATE SET name = "OutboxEvent".name
      WHERE "OutboxEvent"."sentAt" IS NULL AND "OutboxEvent"."deadAt" IS NULL
    RETURNING id, name, data, "createdAt"`;
  return rows.map(toOutboxEvent);
}
