import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
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

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await emptyDatabase();
    const dir = copyOfMigrations();
    await migrate(url, { dir });
    const broken = path.join(dir, "29990101000000_broken");
    cpSync(path.join(dir, readdirSync(dir).sort()[0] ?? ""), broken, { recursive: true });
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`);

    await expect(migrate(url, { dir })).rejects.toThrow("Migration 29990101000000_broken failed and was rolled back");
    expect(await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toHaveLength(0);
    expect(
      await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`),
    ).toHaveLength(0);
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
