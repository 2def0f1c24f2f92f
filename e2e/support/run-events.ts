// Where a flow crosses Inngest, the specs play Inngest's part: the app wrote its events to the
// outbox (and sent them to the local event stand-in); this runs the app's real Inngest functions on
// them with @inngest/test's engine against the same database — following the events those
// functions emit in turn, through the outbox or with step.sendEvent — until nothing new is left.
// No second copy of any business logic.
import type { InngestFunction } from "inngest";
import { E2E_DATABASE_URL, E2E_INNGEST_URL, E2E_SERVER_ENV } from "./config";

// The app's modules read their configuration at import: point them at the e2e database first, and
// share the server's URL and secret (emails link to it; their unsubscribe tokens must verify there).
process.env.DATABASE_URL = E2E_DATABASE_URL;
process.env.APP_URL = E2E_SERVER_ENV.APP_URL;
process.env.AUTH_SECRET = E2E_SERVER_ENV.AUTH_SECRET;
process.env.INNGEST_DEV = "1";
process.env.INNGEST_BASE_URL = E2E_INNGEST_URL;

type TOutboxRow = { id: string; name: string; data: unknown; createdAt: Date };
type TEvent = { id?: string; name: string; data: Record<string, unknown> };

async function loadApp() {
  const [{ createDb }, { functions }, { InngestTestEngine }] = await Promise.all([import("@/lib/db"), import("@/inngest/functions"), import("@inngest/test")]);
  /**
   * One run, every step for real. @inngest/test does not stub step.sendEvent (the real send reaches
   * the event stand-in); its spy keeps what the run sent, and the last replay of the handler calls
   * every step again, so its calls are all of the run's sends.
   */
  const runFunction = async (fn: InngestFunction.Any, event: TEvent): Promise<{ error: unknown; sent: TEvent[] }> => {
    const engine = new InngestTestEngine({ function: fn, events: [{ ...event, ts: Date.now() }] });
    const output = (await engine.execute()) as unknown as { error?: unknown; ctx?: { step?: { sendEvent?: { mock?: { calls?: unknown[][] } } } } };
    const calls = output.ctx?.step?.sendEvent?.mock?.calls ?? [];
    const sent = calls.flatMap(([, payload]) => [payload].flat() as TEvent[]);
    return { error: output.error, sent: sent.filter((event, index) => sent.findIndex((other) => JSON.stringify(other) === JSON.stringify(event)) === index) };
  };
  return { db: createDb(E2E_DATABASE_URL), functions, runFunction };
}

/** The names of the events a function is triggered by (cron triggers have none). */
function eventNamesOf(fn: { opts: { triggers?: unknown } }): string[] {
  const triggers = Array.isArray(fn.opts.triggers) ? (fn.opts.triggers as { event?: unknown; name?: unknown }[]) : [];
  return triggers.map((trigger) => (typeof trigger.event === "string" ? trigger.event : typeof trigger.name === "string" ? trigger.name : "")).filter(Boolean);
}

/**
 * Runs every function triggered by the outbox events written at or after `since`, then by the events
 * those runs wrote or sent, and so on. Returns the names of the events it ran, in order.
 */
export async function runEventsSince(since: Date, { maxRounds = 10 }: { maxRounds?: number } = {}): Promise<string[]> {
  const { db, functions, runFunction } = await loadApp();
  const done = new Set<string>();
  const ran: string[] = [];
  let sentByFunctions: TEvent[] = [];
  try {
    for (let round = 0; round < maxRounds; round++) {
      const rows = await db.$queryRaw<TOutboxRow[]>`SELECT id, name, data, "createdAt" FROM "OutboxEvent" WHERE "createdAt" >= ${since} ORDER BY "createdAt", id`;
      const candidates: TEvent[] = [...rows.map((row) => ({ id: row.id, name: row.name, data: row.data as Record<string, unknown> })), ...sentByFunctions];
      sentByFunctions = [];
      // Inngest runs an event id once: an event both staged and sent with step.sendEvent, or sent twice, too.
      const fresh = candidates.filter((event, index) => !event.id || (!done.has(event.id) && candidates.findIndex((other) => other.id === event.id) === index));
      if (fresh.length === 0) return ran;
      for (const event of fresh) {
        if (event.id) done.add(event.id);
        for (const fn of functions.filter((candidate) => eventNamesOf(candidate as never).includes(event.name))) {
          const { error, sent } = await runFunction(fn, event);
          if (error) throw new Error(`${event.name} → ${fn.id()} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
          sentByFunctions.push(...sent);
        }
        ran.push(event.name);
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
