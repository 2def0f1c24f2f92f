// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own transaction,
// under Prisma's advisory lock, recorded in Prisma's `_prisma_migrations` table the way Prisma's
// schema engine records them — so `prisma migrate deploy` elsewhere and this runner agree on what
// is applied, what was edited and what failed. (Prisma's own `migrate deploy` cannot run on these
// machines: see ENVIRONMENT.md.) Prisma's rules mirrored here:
// - checksum = sha256 of the file as it is; an applied file still matches when only its line endings
//   changed (CRLF ↔ LF: git may convert them; .gitattributes keeps *.sql LF);
// - a migration that fails leaves a row with `logs` and no `finished_at`, and every later run
//   refuses to go on until `prisma migrate resolve` marks it rolled back (run it again) or applied;
// - the advisory lock is waited for 10 s at most, then the run fails instead of hanging a deploy.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { utcConnectionString } from "@/lib/postgres/utc-connection-string";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
/** The lock id Prisma's migrate uses, so this and `prisma migrate deploy` also exclude each other. */
const ADVISORY_LOCK_ID = 72707369;
/** How long Prisma's schema engine waits for that lock. */
const LOCK_TIMEOUT_MS = 10_000;
const LOCK_POLL_MS = 200;

export type TMigration = { name: string; sql: string; checksum: string };
export type TMigrateResult = { applied: string[]; alreadyApplied: number };
export type TMigrateOptions = { dir?: string; log?: (line: string) => void; lockTimeoutMs?: number };

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function readMigrations(dir = MIGRATIONS_DIR): TMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

/** Prisma's rule: the recorded checksum matches the file as it is, or with CRLF → LF, or LF → CRLF. */
export function matchesChecksum(migration: TMigration, recorded: string): boolean {
  const { sql } = migration;
  return [sql, sql.replaceAll("\r\n", "\n"), sql.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")].some(
    (variant) => sha256(variant) === recorded,
  );
}

/** What to run to unblock a failed migration, in Prisma's words. */
export function resolveCommands(name: string): string {
  return (
    `Fix the cause, then either \`npx prisma migrate resolve --rolled-back ${name}\` (its changes were rolled ` +
    `back: it runs again next time) or \`npx prisma migrate resolve --applied ${name}\` (you completed it by hand).`
  );
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type TAppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  started_at: Date;
  logs: string | null;
};

/**
 * The history as `prisma migrate` reads it: rows not rolled back, unfinished first, so that in a map
 * by name a finished row wins over an older failed one of the same name (`resolve --applied`).
 */
export async function readMigrationHistory(client: pg.Client): Promise<TAppliedRow[]> {
  const { rows } = await client.query<TAppliedRow>(
    `SELECT migration_name, checksum, finished_at, started_at, logs FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY finished_at NULLS FIRST`,
  );
  return rows;
}

/** Prisma's rule: a migration that started and never finished (and was not re-applied) blocks the rest. */
export function findFailedMigration(rows: TAppliedRow[]): TAppliedRow | undefined {
  const finished = new Set(rows.filter((row) => row.finished_at).map((row) => row.migration_name));
  return rows.find((row) => !row.finished_at && !finished.has(row.migration_name));
}

/** Applies pending migrations to the database at `connectionString`. Re-running is a no-op. */
export async function migrate(connectionString: string, options: TMigrateOptions = {}): Promise<TMigrateResult> {
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: utcConnectionString(connectionString) });
  await client.connect();
  let isLocked = false;
  try {
    await takeLock(client, options.lockTimeoutMs ?? LOCK_TIMEOUT_MS);
    isLocked = true;
    await client.query(CREATE_TABLE);
    const rows = await readMigrationHistory(client);
    refuseIfFailed(rows);
    const applied = new Map(rows.map((row) => [row.migration_name, row]));
    const result: TMigrateResult = { applied: [], alreadyApplied: 0 };

    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (!matchesChecksum(migration, row.checksum)) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
              `Never edit an applied migration: revert the file and add a new migration instead.`,
          );
        }
        result.alreadyApplied += 1;
        continue;
      }
      await applyOne(client, migration);
      result.applied.push(migration.name);
      options.log?.(`applied ${migration.name}`);
    }
    return result;
  } finally {
    if (isLocked) await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]).catch(() => {});
    await client.end();
  }
}

async function takeLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      ADVISORY_LOCK_ID,
    ]);
    if (rows[0]?.locked) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for the migration lock (PostgreSQL advisory lock ${ADVISORY_LOCK_ID}): ` +
          `another migration is running against this database (a deploy, or prisma migrate). Let it finish, then retry.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

/** Prisma's P3009: with a failed migration recorded, nothing more is applied until it is resolved. */
function refuseIfFailed(rows: TAppliedRow[]): void {
  const failed = findFailedMigration(rows);
  if (!failed) return;
  throw new Error(
    `Found a failed migration in the database, so no new migration will be applied: ` +
      `${failed.migration_name}, started at ${failed.started_at.toISOString()}, did not finish. ` +
      resolveCommands(failed.migration_name),
  );
}

async function applyOne(client: pg.Client, migration: TMigration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const message = (error as Error).message;
    // Recorded outside the rolled-back transaction, as Prisma records a failed migration.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), 0)`,
      [id, migration.checksum, migration.name, `Migration ${migration.name} failed: ${message}`],
    );
    throw new Error(
      `Migration ${migration.name} failed and was rolled back: ${message}\n${resolveCommands(migration.name)}`,
    );
  }
}
