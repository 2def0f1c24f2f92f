import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { refuseEmbeddedDatabase } from "./ensure-database";
import { databaseUrl, ensureDatabaseExists } from "./local-database";
import { MIGRATIONS_DIR, migrate, readMigrations } from "./migrate";

const port = inject("pgPort");
let counter = 0;

async function emptyDatabase(): Promise<string> {
  const name = `migrate_${process.pid}_${Date.now()}_${counter++}`;
  await ensureDatabaseExists(port, name);
  return databaseUrl(port, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("npm run db:migrate", () => {
  it("applies every migration exactly once when two runners start at the same time", async () => {
    const url = await emptyDatabase();
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);

    const total = readMigrations().length;
    expect(total).toBeGreaterThan(0);
    expect(first.applied.length + second.applied.length).toBe(total);
    expect(first.alreadyApplied + second.alreadyApplied).toBe(total);
    const rows = await query<{ migration_name: string; count: string }>(
      url,
      `SELECT migration_name, count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY 1`,
    );
    expect(rows).toHaveLength(total);
    expect(rows.every((row) => row.count === "1")).toBe(true);
    const tables = await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["User", "CoinTransaction", "Notification", "OutboxEvent"]),
    );
  });

  it("does nothing when run again", async () => {
    const url = await emptyDatabase();
    await migrate(url);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
  });

  it("refuses to run when an applied migration file was changed", async () => {
    const url = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(url, { dir });
    const first = readdirSync(dir).sort()[0] ?? "";
    writeFileSync(path.join(dir, first, "migration.sql"), "-- edited after it was applied\nSELECT 1;\n");
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${first} was changed after it was applied`);
  });

  it("accepts an applied migration whose line endings changed (CRLF ↔ LF), as Prisma does", async () => {
    const url = await emptyDatabase();
    const dir = copyOfMigrations();
    const first = readdirSync(dir).sort()[0] ?? "";
    const file = path.join(dir, first, "migration.sql");
    const lf = readFileSync(file, "utf8");
    writeFileSync(file, lf.replaceAll("\n", "\r\n"));
    await migrate(url, { dir });
    writeFileSync(file, lf);
    expect((await migrate(url, { dir })).alreadyApplied).toBe(readdirSync(dir).length);
    writeFileSync(file, `${lf}-- and a real change\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(`Migration ${first} was changed after it was applied`);
  });

  it("records a failing migration as Prisma does, rolled back, and refuses to go on until it is resolved", async () => {
    const url = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(url, { dir });
    const broken = path.join(dir, "29990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`);

    await expect(migrate(url, { dir })).rejects.toThrow(
      /Migration 29990101000000_broken failed and was rolled back: relation "NoSuchTable" does not exist\n.*npx prisma migrate resolve --rolled-back 29990101000000_broken/,
    );
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toHaveLength(0);
    expect(
      await query(
        url,
        `SELECT finished_at, applied_steps_count, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
      ),
    ).toEqual([
      {
        finished_at: null,
        applied_steps_count: 0,
        logs: expect.stringContaining('relation "NoSuchTable" does not exist'),
      },
    ]);

    // Fixed, but still recorded as failed: nothing runs until it is resolved (Prisma's P3009).
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(
      /Found a failed migration.*29990101000000_broken.*npx prisma migrate resolve --rolled-back 29990101000000_broken/,
    );
    // What `prisma migrate resolve --rolled-back` writes: then it runs again.
    await query(
      url,
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '29990101000000_broken'`,
    );
    expect((await migrate(url, { dir })).applied).toEqual(["29990101000000_broken"]);
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toHaveLength(1);
  });

  it("treats a migration `prisma migrate resolve --applied` recorded as applied", async () => {
    const url = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(url, { dir });
    const manual = path.join(dir, "29990101000000_done_by_hand");
    mkdirSync(manual);
    writeFileSync(path.join(manual, "migration.sql"), `SELECT * FROM "NoSuchTable";\n`);
    await expect(migrate(url, { dir })).rejects.toThrow("failed and was rolled back");
    const [migration] = readMigrations(dir).filter((candidate) => candidate.name === "29990101000000_done_by_hand");
    await query(
      url,
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '29990101000000_done_by_hand';
       INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ('resolved', '${migration?.checksum}', '29990101000000_done_by_hand', now(), now(), 0)`,
    );
    expect(await migrate(url, { dir })).toMatchObject({ applied: [] });
  });

  it("gives up waiting for the migration lock instead of hanging the deploy", async () => {
    const url = await emptyDatabase();
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query("SELECT pg_advisory_lock(72707369)");
      const started = Date.now();
      await expect(migrate(url, { lockTimeoutMs: 500 })).rejects.toThrow(
        /Timed out after 500 ms waiting for the migration lock.*another migration is running/,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await other.end();
    }
    expect((await migrate(url)).applied.length).toBe(readMigrations().length);
  });

  it("never starts the embedded database outside development", () => {
    expect(refuseEmbeddedDatabase({ NODE_ENV: "development" })).toBeNull();
    expect(refuseEmbeddedDatabase({ NODE_ENV: "test" })).toBeNull();
    expect(refuseEmbeddedDatabase({ NODE_ENV: "production" })).toMatch(/NODE_ENV=production: set DATABASE_URL/);
    expect(refuseEmbeddedDatabase({ VERCEL: "1" })).toMatch(/a Vercel build.*DIRECT_URL/);
  });

  it("refuses from the command line in a Vercel build without a database URL", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, VERCEL: "1", NODE_ENV: "development" };
    delete env.DATABASE_URL;
    delete env.DIRECT_URL;
    await expect(promisify(execFile)("node_modules/.bin/tsx", ["scripts/migrate.ts"], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining("The embedded PostgreSQL is for development only"),
    });
  });

  it("runs from the command line against DATABASE_URL and says what it did", async () => {
    const url = await emptyDatabase();
    const run = () =>
      promisify(execFile)("node_modules/.bin/tsx", ["scripts/migrate.ts"], {
        env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
      });
    const first = await run();
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\); 0 were already applied\./);
    const second = await run();
    expect(second.stdout).toMatch(/Database is up to date \(\d+ migrations applied\)\./);
  });
});
