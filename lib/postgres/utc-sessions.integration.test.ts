// Time is UTC on every connection, whatever the database's default zone: on a database whose
// default is America/Los_Angeles (as an initdb on a Pacific host makes it), raw SQL's now() must
// still write the instants Prisma reads back, or a running job looks eight hours old and is taken
// over, and an outbox event's time (which picks the period a job or digest slot runs for) is off by
// hours.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { stageEvents } from "@/lib/outbox/stage-events";
import { utcConnectionString } from "./utc-connection-string";

const PACIFIC = "America/Los_Angeles";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("test-support/setup-database.ts sets DATABASE_URL");
  return url;
}

async function showTimeZone(connectionString: string): Promise<string> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const [row] = (await client.query<{ TimeZone: string }>("SHOW TimeZone")).rows;
    return row?.TimeZone ?? "(none)";
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  // Before lib/db opens its first connection: every new session of this database starts in Pacific time.
  const url = databaseUrl();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone TO '${PACIFIC}'`);
  await client.end();
});

describe("connections on a database whose default zone is not UTC", () => {
  it("a plain session gets the database's zone; the app's sessions (and URLs with options of their own) get UTC", async () => {
    const url = databaseUrl();
    expect(await showTimeZone(url)).toBe(PACIFIC);
    expect(await showTimeZone(utcConnectionString(url))).toBe("UTC");
    const withOwnOptions = new URL(url);
    withOwnOptions.searchParams.set("options", "-c application_name=neon-like");
    expect(await showTimeZone(utcConnectionString(withOwnOptions.toString()))).toBe("UTC");

    const { db } = await import("@/lib/db");
    expect(await db.$queryRaw<{ TimeZone: string }[]>`SHOW TimeZone`).toEqual([{ TimeZone: "UTC" }]);
  });

  it("a scheduled run still in progress is not taken for abandoned: a second trigger in its period is skipped", async () => {
    const { runJob } = await import("@/lib/automation/run-job");
    let finishFirst!: () => void;
    const firstStarted = new Promise<void>((started) => {
      void runJob({ job: "expire-invites", trigger: "CRON", periodKey: "2026-12-03T00" }, async () => {
        started();
        await new Promise<void>((resolve) => (finishFirst = resolve));
        return {};
      });
    });
    await firstStarted;
    const second = await runJob({ job: "expire-invites", trigger: "CRON", periodKey: "2026-12-03T00" }, async () => ({
      ranTwice: true,
    }));
    finishFirst();
    expect(second).toMatchObject({ status: "SKIPPED", reason: "already running for period 2026-12-03T00" });
  });

  it("an outbox event's time is when it was written, and it waits out its grace before the sweep takes it", async () => {
    const { db } = await import("@/lib/db");
    const before = Date.now();
    const [event] = await stageEvents(db, [{ id: "utc-event", name: "test/utc", data: {} }], { graceMs: 60_000 });
    expect(event?.ts).toBeGreaterThanOrEqual(before - 1_000);
    expect(event?.ts).toBeLessThanOrEqual(Date.now() + 1_000);
    const row = await db.outboxEvent.findUniqueOrThrow({ where: { id: "utc-event" } });
    expect(row.nextAttemptAt.getTime() - row.createdAt.getTime()).toBe(60_000);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
