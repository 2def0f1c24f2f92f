// The transactional outbox, write side: events are rows written in the same transaction as the
// change they describe, so a change is never committed without its event (DESIGN.md §5).
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";

/** An event built with an `eventType(...).create(data)` of inngest/events.ts. */
export type TDomainEvent = { name: string; data: unknown; id?: string; validate?: () => Promise<void> };

/**
 * Writes `events` as outbox rows with `tx`, in one statement however many there are. An event may
 * carry a deterministic `id` (e.g. "cron:expire-invites:2026-11-29T06"): a second stage of the same
 * id is ignored, and Inngest dedupes on it too. Returns the ids of the rows written now.
 */
export async function stageEvents(tx: DbClient, events: TDomainEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  await Promise.all(events.map((event) => event.validate?.()));
  const ids = events.map((event) => event.id ?? randomUUID());
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "OutboxEvent" (id, name, data, "createdAt")
    SELECT id, name, data, now()
    FROM unnest(${ids}::text[], ${events.map((event) => event.name)}::text[], ${events.map((event) => JSON.stringify(event.data ?? {}))}::jsonb[]) AS e(id, name, data)
    ON CONFLICT (id) DO NOTHING
    RETURNING id`;
  return inserted.map((row) => row.id);
}
