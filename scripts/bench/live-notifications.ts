// Issue bar (live notifications): on the production build, (a) 1,000 open notification streams and
// no new notifications for 60 s → database work (target: nothing but the one LISTEN connection) and
// the server's CPU; (b) one announcement to those 1,000 users → time from commit to the event at
// each client, p50/p95 (target p95 < 1 s); (c) the polling fallback: 304 answers/s for an unchanged
// summary against today's 200s (autocannon), and what 1,000 users polling every 15 s cost a minute.
// Needs `npm run build` first (it runs .next/standalone/server.js, as `npm start` does).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { E2E_SERVER_ENV } from "@/e2e/support/config";
import { freePort } from "@/test-support/free-port";
import type { TBench, TBenchContext, TBenchResult } from "./lib/types";
import { formatCount, formatMs } from "./lib/measure";

const STREAMS = Number(process.env.BENCH_STREAMS ?? 1_000);
const IDLE_MS = 60_000;
const BASELINE_MS = 30_000;
const POLL_SECONDS = 10;
const SERVER = path.resolve(import.meta.dirname, "../../.next/standalone/server.js");
const COOKIE = "authjs.session-token";

type TClient = { userId: string; token: string; events: number[]; abort: AbortController; status?: number };

const liveNotifications: TBench = {
  name: "live-notifications",
  title: `Live notifications — ${formatCount(STREAMS)} open streams on the production build`,
  async run(context) {
    if (!existsSync(SERVER))
      return skipped("no production build: run `npm run build` first (this bench starts .next/standalone/server.js)");
    const { log } = context;
    log(`seeding ${formatCount(STREAMS)} users with sessions and 10 notifications each`);
    const clients = await seed(context);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = await startServer(context.databaseUrl, port, baseUrl);
    const probe = new pg.Client({ connectionString: context.databaseUrl });
    await probe.connect();
    try {
      log(`baseline: the server idle with no stream for ${BASELINE_MS / 1000} s`);
      const baseline = await measureIdle(probe, server, BASELINE_MS);
      const baselinePerMinute = (baseline.transactions * 60_000) / BASELINE_MS;
      log(`opening ${formatCount(STREAMS)} streams`);
      const connectStarted = performance.now();
      for (const client of clients) void stream(baseUrl, client);
      await until(
        () => clients.every((client) => client.events.length >= 1),
        120_000,
        () => {
          const statuses = new Map<string, number>();
          for (const client of clients)
            statuses.set(
              String(client.status ?? "waiting"),
              (statuses.get(String(client.status ?? "waiting")) ?? 0) + 1,
            );
          return `${clients.filter((client) => client.events.length >= 1).length} streaming; answers ${[...statuses].map(([status, n]) => `${status}×${n}`).join(", ")}`;
        },
      );
      const connectMs = performance.now() - connectStarted;

      log(`idle for ${IDLE_MS / 1000} s`);
      const idle = await measureIdle(probe, server, IDLE_MS);
      const extraPerMinute = (idle.transactions * 60_000) / IDLE_MS - baselinePerMinute;

      log("one announcement to all of them");
      const { createNotifications } = await import("@/lib/notifications/notify/create-notifications");
      const before = clients.map((client) => client.events.length);
      await createNotifications({
        type: "announcement",
        recipientIds: clients.map((client) => client.userId),
        title: "Live bench announcement",
        body: "",
        url: null,
        dedupKey: `bench-live:${Date.now()}`,
        teamId: null,
        data: null,
      });
      const committedAt = performance.now();
      await until(() => clients.every((client, index) => client.events.length > (before[index] ?? 0)), 60_000);
      const latencies = clients
        .map((client, index) => Math.max(0, (client.events[before[index] ?? 0] ?? committedAt) - committedAt))
        .sort((a, b) => a - b);

      log(`polling fallback: ${POLL_SECONDS} s of 200s, then ${POLL_SECONDS} s of 304s`);
      const polling = await measurePolling(probe, baseUrl, clients[0]);
      for (const client of clients) client.abort.abort();

      const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
      const todayPerMinute = (STREAMS * 60) / 15;
      return {
        rows: [
          ["streams", `${formatCount(STREAMS)} connected in ${formatMs(connectMs)} (each got its summary)`],
          [
            `idle ${IDLE_MS / 1000} s`,
            `${formatCount(idle.transactions)} database transactions (${formatCount(Math.round(baselinePerMinute))}/min with no stream open; autovacuum paused for both) · server CPU ${formatMs(idle.cpuMs)} (${((idle.cpuMs / IDLE_MS) * 100).toFixed(1)}% of a core)`,
          ],
          [
            "announcement → each stream",
            `p50 ${formatMs(p(0.5))} · p95 ${formatMs(p(0.95))} · max ${formatMs(latencies.at(-1) ?? 0)} from commit`,
          ],
          [
            "summary, changed (200)",
            `${polling.full.rps.toFixed(0)} req/s · ${polling.full.perRequest.toFixed(1)} transactions a request`,
          ],
          [
            "summary, unchanged (304)",
            `${polling.unchanged.rps.toFixed(0)} req/s · ${polling.unchanged.perRequest.toFixed(1)} transactions a request (the session check only)`,
          ],
          [
            "today's polling, 1,000 users",
            `${formatCount(todayPerMinute)} requests and ~${formatCount(Math.round(todayPerMinute * polling.full.perRequest))} transactions a minute, whether or not anything changed; streaming: 0 requests and ${Math.max(0, extraPerMinute).toFixed(0)} extra transactions a minute while idle`,
          ],
        ],
        checks: [
          {
            kind: "target",
            label: "idle streams add no database work",
            isPass: extraPerMinute <= Math.max(5, baselinePerMinute * 0.1),
            detail: `${extraPerMinute.toFixed(1)} transactions a minute more than with no stream open (${formatCount(STREAMS)} streams)`,
          },
          {
            kind: "target",
            label: "an announcement reaches every open stream within 1 s (p95)",
            isPass: p(0.95) < 1_000,
            detail: `p95 ${formatMs(p(0.95))}`,
          },
          {
            kind: "invariant",
            label: "an unchanged summary is a 304 that reads no notification table",
            isPass: polling.unchanged.non304 === 0 && polling.unchanged.perRequest < polling.full.perRequest,
            detail: `${polling.unchanged.non304} non-304 answers; ${polling.unchanged.perRequest.toFixed(1)} vs ${polling.full.perRequest.toFixed(1)} transactions a request`,
          },
        ],
      };
    } finally {
      await probe.end();
      server.kill("SIGTERM");
    }
  },
};

export default liveNotifications;

function skipped(reason: string): TBenchResult {
  return { rows: [["skipped", reason]], checks: [{ kind: "target", label: "ran", isPass: false, detail: reason }] };
}

/** Sessions as a fresh sign-in leaves them (30 days): Auth.js does not rewrite them on each read. */
async function seed({ db }: TBenchContext): Promise<TClient[]> {
  await db.$executeRaw`INSERT INTO "User" (id, email, "emailVerified", "updatedAt")
    SELECT 'live-' || i, 'live-' || i || '@bench.test', now(), now() FROM generate_series(1, ${STREAMS}::int) i`;
  await db.$executeRaw`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt")
    SELECT 'live-token-' || i, 'live-' || i, now() + interval '30 days', now() FROM generate_series(1, ${STREAMS}::int) i`;
  await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "createdAt")
    SELECT 'live-n-' || i || '-' || k, 'live-' || i, 'match_result', 'Result ' || k, '', 'live:' || k, now() - k * interval '1 hour'
    FROM generate_series(1, ${STREAMS}::int) i CROSS JOIN generate_series(1, 10) k`;
  await db.$executeRawUnsafe(`VACUUM ANALYZE "User", "Session", "Notification"`);
  return Array.from({ length: STREAMS }, (_, index) => ({
    userId: `live-${index + 1}`,
    token: `live-token-${index + 1}`,
    events: [],
    abort: new AbortController(),
  }));
}

async function startServer(databaseUrl: string, port: number, baseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SERVER], {
    cwd: path.dirname(SERVER),
    env: {
      ...process.env,
      ...E2E_SERVER_ENV,
      APP_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      DIRECT_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await until(async () => (await fetch(baseUrl).catch(() => null))?.ok === true, 60_000);
  return child;
}

/** One client's stream: records when each `summary` event arrives. */
async function stream(baseUrl: string, client: TClient): Promise<void> {
  try {
    const response = await fetch(`${baseUrl}/api/notifications/stream`, {
      headers: { cookie: `${COOKIE}=${client.token}`, accept: "text/event-stream" },
      signal: client.abort.signal,
    });
    client.status = response.status;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      buffer += decoder.decode(read.value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        if (/^event: ?summary$/m.test(buffer.slice(0, end))) client.events.push(performance.now());
        buffer = buffer.slice(end + 2);
      }
    }
  } catch {
    // Aborted at the end of the bench.
  }
}

async function transactions(probe: pg.Client): Promise<number> {
  const { rows } = await probe.query<{ n: string }>(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
  );
  return Number(rows[0]?.n ?? 0);
}

/** The server process's CPU time so far (user + system), from /proc. */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * The database work the app does while idle: autovacuum is paused meanwhile (PostgreSQL's own
 * housekeeping would otherwise count, whenever its launcher happens to wake), and put back after.
 */
async function measureIdle(probe: pg.Client, server: ChildProcess, durationMs: number) {
  await probe.query("ALTER SYSTEM SET autovacuum = off");
  await probe.query("SELECT pg_reload_conf()");
  try {
    return await countIdle(probe, server, durationMs);
  } finally {
    await probe.query("ALTER SYSTEM RESET autovacuum");
    await probe.query("SELECT pg_reload_conf()");
  }
}

async function countIdle(probe: pg.Client, server: ChildProcess, durationMs: number) {
  // Backends flush their statistics to pg_stat_database within 10 s of going idle (PostgreSQL's
  // PGSTAT_IDLE_INTERVAL): settle past that, read, wait, read — minus the probe's own reads.
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  const startCpu = cpuMs(server.pid);
  const start = await transactions(probe);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  const end = await transactions(probe);
  return { transactions: Math.max(0, end - start - 1), cpuMs: cpuMs(server.pid) - startCpu };
}

async function measurePolling(probe: pg.Client, baseUrl: string, client: TClient | undefined) {
  const url = `${baseUrl}/api/notifications/summary`;
  const cookie = `${COOKIE}=${client?.token ?? ""}`;
  const first = await fetch(url, { headers: { cookie } });
  const etag = first.headers.get("etag") ?? "";
  const run = async (headers: Record<string, string>) => {
    const before = await transactions(probe);
    const result = await autocannon({ url, connections: 10, duration: POLL_SECONDS, headers });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const used = (await transactions(probe)) - before - 1;
    const total = result.requests.total || 1;
    return {
      rps: result.requests.average,
      perRequest: used / total,
      non304: total - (result.statusCodeStats?.["304"]?.count ?? 0),
    };
  };
  return { full: await run({ cookie }), unchanged: await run({ cookie, "if-none-match": etag }) };
}

async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  describe: () => string = () => "",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`live-notifications bench: timed out after ${timeoutMs} ms ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
