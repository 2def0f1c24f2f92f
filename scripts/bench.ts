// `npm run bench [-- <name> …]`: the product's quality bars, measured. Starts a throw-away
// embedded PostgreSQL and local stand-ins for Inngest's event API, Resend and Discord (as strict as
// the real services, test-support/), then runs every bench module in scripts/bench/ (or those named)
// on an emptied database and reset stand-ins each, and prints a report. Speed targets are reported
// PASS/FAIL but never fail the run (a slow machine is not a bug); invariants (such as a constant
// number of queries) and errors do.
import "./lib/load-env-file";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { databaseUrl, startLocalDatabase } from "@/scripts/lib/local-database";
import { migrate } from "@/scripts/lib/migrate";
import { freePort } from "@/test-support/free-port";
import { startDiscordStandIn } from "@/test-support/discord-stand-in";
import { acceptEvents, startInngestStandIn } from "@/test-support/inngest-stand-in";
import { startResendStandIn } from "@/test-support/resend-stand-in";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createCountedDb } from "./bench/lib/sql-counter";
import type { TBench, TBenchResult } from "./bench/lib/types";

const BENCH_DIR = path.join(import.meta.dirname, "bench");
const DATABASE = "deltacrown_bench";
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
const rule = "─".repeat(78);
/**
 * The Resend rate the benches run at (a paid plan's limit; Resend's default is 2/s): the stand-in
 * refuses beyond it and RESEND_REQUESTS_PER_SECOND sets the email function's throttle from it.
 */
const RESEND_REQUESTS_PER_SECOND = 50;

async function loadBenches(only: string[]): Promise<TBench[]> {
  const files = readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  const benches: TBench[] = [];
  for (const file of files) {
    const bench = ((await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as { default?: TBench }).default;
    if (!bench?.run)
      throw new Error(
        `scripts/bench/${file} must export default a bench ({ name, title, run }); helpers belong in scripts/bench/lib/.`,
      );
    if (only.length === 0 || only.includes(bench.name)) benches.push(bench);
  }
  const unknown = only.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length)
    throw new Error(
      `Unknown bench ${unknown.join(", ")}. Available: ${files.map((file) => file.replace(/\.ts$/, "")).join(", ")}`,
    );
  return benches;
}

async function main(): Promise<number> {
  const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "deltacrown-bench-"));
  chmodSync(tempDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root: it must reach its data dir.
  const port = await freePort();
  // `persistent: true` keeps PostgreSQL's durability settings (fsync, synchronous commit) as in
  // production, so per-row commits cost what they really cost; the data dir is removed below anyway.
  const server = await startLocalDatabase({
    dataDir: path.join(tempDir, "pg"),
    port,
    database: DATABASE,
    persistent: true,
  });
  const inngestApi = await startInngestStandIn();
  const resend = await startResendStandIn({ requestsPerSecond: RESEND_REQUESTS_PER_SECOND });
  const discord = await startDiscordStandIn();
  const discordWebhookUrl = discord.createWebhook();
  const url = databaseUrl(port, DATABASE);
  const counted = createCountedDb(url);
  const stop = async () => {
    await counted.db.$disconnect().catch(() => {});
    await counted.pool.end().catch(() => {});
    await Promise.all([inngestApi.close(), resend.close(), discord.close()]);
    await server.stop();
    rmSync(tempDir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void stop().finally(() => process.exit(130)));

  try {
    await migrate(url);
    // lib/env.ts reads the environment when first imported, and lib/db.ts takes the client it finds
    // on globalThis: both must be set before any app module loads (the benches import them lazily).
    process.env.DATABASE_URL = url;
    process.env.INNGEST_DEV = "1";
    process.env.INNGEST_BASE_URL = inngestApi.url;
    process.env.RESEND_API_KEY = "re_bench_key";
    process.env.RESEND_BASE_URL = resend.url;
    process.env.RESEND_REQUESTS_PER_SECOND = String(RESEND_REQUESTS_PER_SECOND);
    process.env.DISCORD_WEBHOOK_URL = discordWebhookUrl;
    (globalThis as unknown as { deltacrownDb?: unknown }).deltacrownDb = counted.db;
    const { db } = await import("@/lib/db");
    if (db !== counted.db)
      throw new Error(
        "lib/db.ts did not pick up the bench's counting client from globalThis.deltacrownDb; update scripts/bench.ts.",
      );

    const benches = await loadBenches(only);
    const version = (await db.$queryRaw<{ server_version: string }[]>`SHOW server_version`)[0]?.server_version ?? "?";
    console.log(rule);
    console.log(
      `DeltaCrown benchmarks · PostgreSQL ${version} (embedded, throw-away, durable commits) · Node ${process.version} · ${os.cpus().length} CPUs`,
    );
    console.log(rule);

    let failures = 0;
    const summary: string[] = [];
    for (const bench of benches) {
      await emptyDatabase(db);
      inngestApi.reset();
      inngestApi.setDefault(acceptEvents);
      resend.reset();
      resend.configure({ requestsPerSecond: RESEND_REQUESTS_PER_SECOND });
      discord.reset();
      console.log(`\n${bench.title}`);
      let result: TBenchResult;
      try {
        const log = (line: string) => console.log(dim(`  · ${line}`));
        result = await bench.run({
          db,
          sql: counted.sql,
          databaseUrl: url,
          log,
          resend,
          discord,
          discordWebhookUrl,
          resendRequestsPerSecond: RESEND_REQUESTS_PER_SECOND,
        });
      } catch (error) {
        failures += 1;
        console.log(`  ERROR ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        summary.push(`ERROR ${bench.name}`);
        continue;
      }
      const width = Math.max(...result.rows.map(([label]) => label.length), 0);
      for (const [label, value] of result.rows) console.log(`  ${label.padEnd(width)}  ${value}`);
      for (const check of result.checks) {
        const verdict = check.isPass ? "PASS" : "FAIL";
        if (!check.isPass && check.kind === "invariant") failures += 1;
        const line = `${verdict}  ${check.label} — ${check.detail}${!check.isPass && check.kind === "target" ? " (a target, not an error)" : ""}`;
        console.log(`  ${line}`);
        summary.push(`${line.slice(0, 6)}${bench.name}: ${check.label}`);
      }
    }
    console.log(`\n${rule}\nSummary\n${summary.map((line) => `  ${line}`).join("\n")}\n${rule}`);
    return failures ? 1 : 0;
  } finally {
    await stop();
  }
}

/** Each bench starts from the migrated, empty schema. */
async function emptyDatabase(db: PrismaClient) {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => table.name).join(", ")} CASCADE`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
