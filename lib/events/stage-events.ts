// The transactional outbox, write side: events are rows written in the same transaction as the
// change they describe, so a change is never committed without its event (DESIGN.md §5).
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An event built with an `eventType(...).create(data)` of inngest/events.ts. */
export type TDomainEvent = { name: string; data: unknown; id?: string; validate?: () => Promise<void> };

/**
 * Writes `events` as outbox rows with `tx`. An event may carry a deterministic `id` (e.g.
 * "cron:expire-invites:2026-11-29T06"): a second stage of the same id is ignored, and Inngest
 * dedupes on it too. Returns the ids of the rows written now.
 */
export async function stageEvents(tx: DbClient, events: TDomainEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  await Promise.all(events.map((event) => event.validate?.()));
  const rows = events.map((event) => ({ id: event.id ?? randomUUID(), name: event.name, data: event.data as Prisma.InputJsonValue }));
  const existing = await tx.outboxEvent.findMany({ where: { id: { in: rows.map((row) => row.id) } }, select: { id: true } });
  const known = new Set(existing.map((row) => row.id));
  const fresh = rows.filter((row) => !known.has(row.id));
  if (fresh.length) await tx.outboxEvent.createMany({ data: fresh, skipDuplicates: true });
  return fresh.map((row) => row.id);
}
