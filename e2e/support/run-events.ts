// Where a flow crosses Inngest, the specs play Inngest's part: the app wrote its events to the
// outbox (and sent them to the local event stand-in); this runs the app's real Inngest functions on
// them with @inngest/test's engine against the same database — following the events those
// functions emit in turn — until nothing new is left. No second copy of any business logic.
import { E2E_DATABASE_URL, E2E_INNGEST_URL, E2E_SERVER_ENV } from "./config";

// The app's modules read their configuration at import: point them at the e2e database first, and
// share the server's URL and secret (emails link to it; their unsubscribe tokens must verify there).
process.env.DATABASE_URL = E2E_DATABASE_URL;
process.env.APP_URL = E2E_SERVER_ENV.APP_URL;
process.env.AUTH_SECRET = E2E_SERVER_ENV.AUTH_SECRET;
process.env.INNGEST_DEV = "1";
process.env.INNGEST_BASE_URL = E2E_INNGEST_URL;

type TOutboxRow = { id: string; name: string; data: unknown; createdAt: Date };

async function loadApp() {
  const [{ createDb }, { functions }, { runInngestFunction }] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions"),
    import("@/lib/testing/run-inngest-function"),
  ]);
  return { db: createDb(E2E_DATABASE_URL), functions, runInngestFunction };
}

/** The names of the events a function is triggered by (cron triggers have none). */
function eventNamesOf(fn: { opts: { triggers?: unknown } }): string[] {
  const triggers = Array.isArray(fn.opts.triggers) ? (fn.opts.triggers as { event?: unknown; name?: unknown }[]) : [];
  return triggers.map((trigger) => (typeof trigger.event === "string" ? trigger.event : typeof trigger.name === "string" ? trigger.name : "")).filter(Boolean);
}

/**
 * Runs every function triggered by the outbox events written at or after `since`, then by the events
 * those runs wrote, and so on. Returns the names of the events it ran, in order.
 */
export async function runEventsSince(since: Date, { maxRounds = 10 }: { maxRounds?: number } = {}): Promise<string[]> {
  const { db, functions, runInngestFunction } = await loadApp();
  const done = new Set<string>();
  const ran: string[] = [];
  try {
    for (let round = 0; round < maxRounds; round++) {
      const rows = await db.$queryRaw<TOutboxRow[]>`SELECT id, name, data, "createdAt" FROM "OutboxEvent" WHERE "createdAt" >= ${since} ORDER BY "createdAt", id`;
      const fresh = rows.filter((row) => !done.has(row.id));
      if (fresh.length === 0) return ran;
      for (const row of fresh) {
        done.add(row.id);
        for (const fn of functions.filter((candidate) => eventNamesOf(candidate as never).includes(row.name))) {
          const { error } = await runInngestFunction(fn, { id: row.id, name: row.name, data: row.data as Record<string, unknown> });
          if (error) throw new Error(`${row.name} → ${fn.id()} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
        }
        ran.push(row.name);
      }
    }
    throw new Error(`Events still arriving after ${maxRounds} rounds: ${ran.join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}

/** The database's clock, so "since" is comparable with rows the server writes. */
export async function databaseNow(): Promise<Date> {
  const { db } = await loadApp();
  try {
    const [row] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
    return row?.now ?? new Date();
  } finally {
    await db.$disconnect();
  }
}
