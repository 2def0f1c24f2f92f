// `npm run doctor` against this file's database (migrated like production) and the Inngest server
// stand-in: green when everything is right, and each misconfiguration a deploy meets prints its fix.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from "node:fs";
import { execFile } from "node:child_process";
import os from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { vercelConfig } from "@/lib/automation/vercel-config";
import { MIGRATIONS_DIR } from "../migrate";
import { formatChecklist, type TCheck } from "./check";
import { looksPooled } from "./check-database";
import { runDoctor } from "./run-doctor";

const databaseUrl = () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("test-support/setup-database.ts sets DATABASE_URL");
  return url;
};

const production = () => ({
  DATABASE_URL: databaseUrl(),
  APP_URL: "https://deltacrown.gg",
  AUTH_SECRET: "s".repeat(40),
  INNGEST_SIGNING_KEY: `signkey-prod-${"ab".repeat(32)}`,
  INNGEST_EVENT_KEY: "prod-event-key",
  RESEND_API_KEY: "re_live_123456",
  EMAIL_FROM: "DeltaCrown <notify@deltacrown.gg>",
});

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "deltacrown-doctor-"));

function vercelJson(scheduler: "inngest" | "vercel"): string {
  const file = path.join(tempDir(), "vercel.json");
  writeFileSync(file, JSON.stringify(vercelConfig(scheduler)));
  return file;
}

const failures = (checks: TCheck[]) => checks.filter((check) => check.status === "fail");

describe("npm run doctor", () => {
  it("prints the checklist and exits 1 on a blocker, 0 when ready", async () => {
    const run = (env: Record<string, string | undefined>) =>
      promisify(execFile)("node_modules/.bin/tsx", ["scripts/doctor.ts"], {
        env: { PATH: process.env.PATH, NODE_ENV: "development", ...env },
      });
    await expect(run({ ...production(), AUTH_SECRET: undefined })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining("✖ Configuration AUTH_SECRET: AUTH_SECRET is required in production"),
    });
    const ready = await run(production());
    expect(ready.stdout).toContain("Ready to deploy.");
  });

  it("is all green on a correctly configured production-like environment", async () => {
    const checks = await runDoctor(production(), { vercelJsonPath: vercelJson("inngest") });
    expect(checks.filter((check) => check.status !== "pass")).toEqual([]);
    expect(checks.map((check) => check.title)).toEqual([
      "Configuration",
      "Schedules",
      "Database",
      "Database time zone",
      "Migrations",
      "Inngest functions",
    ]);
    expect(formatChecklist(checks)).toMatch(/Ready to deploy\.$/);
  });

  it("names each missing or invalid variable and says how to fix it, checking nothing else", async () => {
    const checks = await runDoctor(
      { ...production(), AUTH_SECRET: undefined, APP_URL: "http://deltacrown.gg", INNGEST_DEV: "1" },
      { vercelJsonPath: vercelJson("inngest") },
    );
    const text = formatChecklist(checks);
    expect(text).toContain("AUTH_SECRET is required in production");
    expect(text).toContain("APP_URL must be https in production");
    expect(text).toContain("INNGEST_DEV must not be set in production");
    expect(text).toContain("fix the configuration above first");
    expect(text).toMatch(/4 blocker\(s\), 0 warning\(s\): not ready to deploy\.$/);
  });

  it("warns about links to this machine and a test sender", async () => {
    const checks = await runDoctor(
      {
        ...production(),
        APP_URL: "http://localhost:3000",
        EMAIL_FROM: "onboarding@resend.dev",
      },
      { vercelJsonPath: vercelJson("inngest") },
    );
    expect(failures(checks)).toEqual([]);
    expect(checks.filter((check) => check.status === "warn").map((check) => check.title)).toEqual([
      "APP_URL",
      "EMAIL_FROM",
    ]);
  });

  it("refuses a vercel.json that does not match the scheduler: jobs would run twice or never", async () => {
    const [twice] = failures(
      await runDoctor(
        { ...production(), SCHEDULER: "vercel", CRON_SECRET: "c".repeat(24) },
        { vercelJsonPath: vercelJson("inngest") },
      ),
    );
    expect(twice).toMatchObject({ title: "Schedules", fix: expect.stringContaining("npm run vercel-json") });
    expect(
      failures(
        await runDoctor(
          { ...production(), SCHEDULER: "vercel", CRON_SECRET: "c".repeat(24) },
          { vercelJsonPath: vercelJson("vercel") },
        ),
      ),
    ).toEqual([]);
  });

  it("says when the database cannot be reached", async () => {
    const unreachable = new URL(databaseUrl());
    unreachable.port = "1";
    const checks = await runDoctor(
      { ...production(), DATABASE_URL: unreachable.toString() },
      { vercelJsonPath: vercelJson("inngest") },
    );
    expect(failures(checks)).toEqual([
      expect.objectContaining({ title: "Database", detail: expect.stringContaining("cannot connect") }),
    ]);
  });

  it("wants a direct URL for migrations when DATABASE_URL is a pooler", async () => {
    expect(looksPooled("postgresql://u:p@ep-cool-123-pooler.eu-central-1.aws.neon.tech/db")).toBe(true);
    expect(looksPooled("postgresql://u:p@aws-0-eu.pooler.supabase.com:6543/postgres")).toBe(true);
    expect(looksPooled(databaseUrl())).toBe(false);
    const pooled = `${databaseUrl()}?pgbouncer=true`;
    const [blocker] = failures(
      await runDoctor({ ...production(), DATABASE_URL: pooled }, { vercelJsonPath: vercelJson("inngest") }),
    );
    expect(blocker).toMatchObject({ title: "Direct URL", fix: expect.stringContaining("DIRECT_URL") });
    expect(
      failures(
        await runDoctor(
          { ...production(), DATABASE_URL: pooled, DIRECT_URL: databaseUrl() },
          { vercelJsonPath: vercelJson("inngest") },
        ),
      ),
    ).toEqual([]);
  });

  it("finds pending, edited and failed migrations, with the command that resolves each", async () => {
    const dir = path.join(tempDir(), "migrations");
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const options = { migrationsDir: dir, vercelJsonPath: vercelJson("inngest") };

    mkdirSync(path.join(dir, "29990101000000_next"));
    writeFileSync(path.join(dir, "29990101000000_next", "migration.sql"), "SELECT 1;\n");
    expect(failures(await runDoctor(production(), options))).toEqual([
      expect.objectContaining({ title: "Migrations", detail: "1 not applied: 29990101000000_next" }),
    ]);

    const [first] = (await import("../migrate")).readMigrations(dir);
    appendFileSync(path.join(dir, first?.name ?? "", "migration.sql"), "\n-- edited\n");
    expect(failures(await runDoctor(production(), options))[0]).toMatchObject({
      title: "Migrations",
      detail: `changed after they were applied: ${first?.name}`,
    });

    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ('failed-one', 'x', '29990101000000_next', 'relation "x" does not exist', now(), 0)`,
    );
    await client.end();
    expect(failures(await runDoctor(production(), options))[0]).toMatchObject({
      title: "Migrations",
      detail: '29990101000000_next failed or is still running (relation "x" does not exist)',
      fix: expect.stringContaining("npx prisma migrate resolve --rolled-back 29990101000000_next"),
    });
  });
});
