// Helpers for the domain operations' integration tests (lib/tournaments, lib/teams): a clean demo
// world per test, the demo data's actors (prisma/seed.ts), and checks on what reached the outbox and Inngest.
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { seedDemoData } from "@/prisma/seed";
import type { TActor } from "@/lib/auth/actor";

export const ADMIN: TActor = { id: "seed_user_admin", role: "ADMIN" };

/** A seeded player by first name (alex, jamie, lena, zoe, …). */
export function player(key: string): TActor {
  return { id: `seed_user_${key}`, role: "PLAYER" };
}

export const seedId = {
  user: (key: string) => `seed_user_${key}`,
  team: (key: "crimson" | "azure" | "golden" | "obsidian") => `seed_team_${key}`,
  tournament: (key: "completed" | "ongoing" | "registration") => `seed_tournament_${key}`,
};

/** Empties every table and writes the core demo data again (no league: tests count its rows), so each test starts from the same world. */
export async function resetDemoData(now: Date = new Date()): Promise<void> {
  const tables = await db.$queryRaw<
    { name: string }[]
  >`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table.name}"`).join(", ")} CASCADE`);
  await seedDemoData(db, now, { withLeague: false });
}

export type TEventTally = { outbox: number; sent: number };

/** How many outbox rows exist and how many events Inngest accepted so far. */
export async function tallyEvents(): Promise<TEventTally> {
  return { outbox: await db.outboxEvent.count(), sent: sentEvents().length };
}

/** Asserts that nothing was staged or sent since `before`. */
export async function expectNoNewEvents(before: TEventTally): Promise<void> {
  expect(await tallyEvents()).toEqual(before);
}

/** Asserts exactly one outbox row `name` with exactly `data`, marked sent, and that Inngest received it under the row's id. */
export async function expectEventSent(name: string, data: Prisma.InputJsonObject): Promise<void> {
  const rows = await db.outboxEvent.findMany({
    where: { name, data: { equals: data } },
    select: { id: true, sentAt: true },
  });
  expect(rows, `outbox rows ${name} ${JSON.stringify(data)}`).toHaveLength(1);
  const [row] = rows;
  expect(row?.sentAt).not.toBeNull();
  expect(sentEvents()).toContainEqual(expect.objectContaining({ id: row?.id, name, data }));
}

/** Outbox rows named `name` (all of them, oldest first). */
export async function outboxRows(name: string) {
  return db.outboxEvent.findMany({
    where: { name },
    orderBy: { createdAt: "asc" },
    select: { id: true, data: true, sentAt: true },
  });
}
