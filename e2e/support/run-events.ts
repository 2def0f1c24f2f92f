// Where a flow crosses Inngest, the specs play Inngest's part: the app wrote its events to the
// outbox (and sent them to the local event stand-in); this runs the app's real Inngest functions on
// them against the same database with test-support/drive-inngest.ts — following the events those
// functions send in turn, with their throttles, retries and failure handlers — until nothing new is
// left. No second copy of any business logic.
import { E2E_DATABASE_URL, E2E_INNGEST_URL, E2E_SERVER_ENV } from "./config";

// The app's modules read their configuration at import: point them at the e2e database first, and
// share the server's URL, secret and mail provider (emails link to it; their unsubscribe tokens must
// verify there; the specs read them from the same Resend stand-in).
process.env.DATABASE_URL = E2E_DATABASE_URL;
process.env.APP_URL = E2E_SERVER_ENV.APP_URL;
process.env.AUTH_SECRET = E2E_SERVER_ENV.AUTH_SECRET;
process.env.RESEND_API_KEY = E2E_SERVER_ENV.RESEND_API_KEY;
process.env.RESEND_BASE_URL = E2E_SERVER_ENV.RESEND_BASE_URL;
process.env.RESEND_REQUESTS_PER_SECOND = E2E_SERVER_ENV.RESEND_REQUESTS_PER_SECOND;
process.env.INNGEST_DEV = "1";
process.env.INNGEST_BASE_URL = E2E_INNGEST_URL;

type TOutboxRow = { id: string; name: string; data: Record<string, unknown> };

async function loadApp() {
  const [{ createDb }, { functions }, { driveInngest }] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions"),
    import("@/test-support/drive-inngest"),
  ]);
  return { db: createDb(E2E_DATABASE_URL), functions, driveInngest };
}

/**
 * Runs every function triggered by the outbox events written at or after `since`, and by the events
 * those runs send. Returns the names of the events that ran a function, in order; throws if a run failed.
 */
export async function runEventsSince(since: Date): Promise<string[]> {
  const { db, functions, driveInngest } = await loadApp();
  try {
    const rows = await db.$queryRaw<
      TOutboxRow[]
    >`SELECT id, name, data FROM "OutboxEvent" WHERE "createdAt" >= ${since} ORDER BY "createdAt", id`;
    const report = await driveInngest(functions, rows);
    const failed = report.runs.filter((run) => run.status === "failed");
    if (failed.length) throw new Error(failed.map((run) => `${run.event} → ${run.fn} failed: ${run.error}`).join("\n"));
    return report.runs.map((run) => run.event);
  } finally {
    await db.$disconnect();
  }
}

/** Events that start a run which sleeps until later (remind-match-start's triggers). */
const SLEEPING_RUN_EVENTS = ["match/scheduled", "match/rescheduled"];

/**
 * What would run later: the runs started by the outbox events written at or after `since` that sleep
 * (the match check-in reminder), run again with their sleeps over, as if their time had come — the
 * rest of each run, its re-check of the match included, is the real code. The domain-event notifiers
 * already ran on these events (runEventsSince), so they are left out; what the runs send is followed.
 */
export async function runSleepingRunsSince(since: Date): Promise<string[]> {
  const { db, functions, driveInngest } = await loadApp();
  try {
    const rows = await db.$queryRaw<
      TOutboxRow[]
    >`SELECT id, name, data FROM "OutboxEvent" WHERE "createdAt" >= ${since} AND name = ANY(${SLEEPING_RUN_EVENTS}) ORDER BY "createdAt", id`;
    const report = await driveInngest(
      functions.filter((fn) => !fn.id().startsWith("notify-on-")),
      rows,
      { sleeps: "elapsed" },
    );
    const failed = report.runs.filter((run) => run.status === "failed");
    if (failed.length) throw new Error(failed.map((run) => `${run.event} → ${run.fn} failed: ${run.error}`).join("\n"));
    return report.runs.map((run) => `${run.fn}: ${JSON.stringify(run.result)}`);
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

/** The CLI's `send-digests` (every digest due today and not sent yet), through the Resend stand-in. */
export async function sendDueDigestsNow(): Promise<void> {
  const [{ db }, { sendDueDigests }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/digest/schedule-digests"),
  ]);
  try {
    await sendDueDigests();
  } finally {
    await db.$disconnect();
  }
}
