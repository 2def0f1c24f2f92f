// Counts the SQL statements the app really sends: every pg connection of the bench's pool has its
// `query` wrapped, so pool queries, transactions (BEGIN … COMMIT included) and raw SQL all count —
// whatever Prisma does underneath.
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** One statement: its text, when it was sent and when pg answered (performance.now() ms). */
export type TStatement = { text: string; startedAt: number; endedAt: number; ms: number };

export type TSqlCounter = {
  /** Statements since the last reset, in the order they were sent. */
  readonly statements: TStatement[];
  reset: () => void;
};

type TQuery = (...args: unknown[]) => unknown;

export function createCountedDb(connectionString: string): { db: PrismaClient; sql: TSqlCounter; pool: pg.Pool } {
  const statements: TStatement[] = [];
  const pool = new pg.Pool({ connectionString, allowExitOnIdle: true });
  // Idle clients see the server stop at the end of a run; that is expected, not a crash.
  pool.on("error", () => {});
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as TQuery;
    const counted: TQuery = (...args) => {
      const first = args[0];
      const text = typeof first === "string" ? first : String((first as { text?: unknown } | undefined)?.text ?? "");
      const entry: TStatement = { text, startedAt: performance.now(), endedAt: 0, ms: 0 };
      statements.push(entry);
      const done = () => {
        entry.endedAt = performance.now();
        entry.ms = entry.endedAt - entry.startedAt;
      };
      // pg answers through a callback (pool.query uses one) or a promise.
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (...results: unknown[]) => {
          done();
          return (callback as TQuery)(...results);
        };
      }
      const result = original(...args);
      if (result instanceof Promise) void result.finally(done).catch(() => {});
      return result;
    };
    (client as unknown as { query: TQuery }).query = counted;
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { db, pool, sql: { statements, reset: () => void statements.splice(0) } };
}

/** "UPDATE "Team" AS t SET …" → a one-line summary of a statement for the report. */
export function summarizeStatement(text: string, width = 60): string {
  const oneLine = text.replaceAll(/\s+/g, " ").trim();
  const main = /^WITH\b/i.test(oneLine)
    ? (oneLine.match(/\)\s*((UPDATE|INSERT|DELETE|SELECT)\b.*)$/i)?.[1] ?? oneLine)
    : oneLine;
  return main.length > width ? `${main.slice(0, width - 1)}…` : main;
}
