// The database as the deployed app will meet it: reachable through DATABASE_URL with the app's
// session settings (UTC must survive the provider's pooler), a direct URL for migrations when
// DATABASE_URL is a pooler, and every migration of prisma/migrations applied, unedited, none failed.
import pg from "pg";
import type { TEnv } from "@/lib/env";
import { utcConnectionString } from "@/lib/postgres/utc-connection-string";
import {
  findFailedMigration,
  matchesChecksum,
  readMigrationHistory,
  readMigrations,
  resolveCommands,
} from "../migrate";
import { fail, pass, warn, type TCheck } from "./check";

const CONNECT_TIMEOUT_MS = 5_000;

/** A transaction-mode pooler (PgBouncer, Neon's -pooler host, Supabase's 6543): no session locks through it. */
export function looksPooled(connectionString: string): boolean {
  const url = new URL(connectionString);
  return url.searchParams.get("pgbouncer") === "true" || url.hostname.includes("-pooler") || url.port === "6543";
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: utcConnectionString(connectionString),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const hostOf = (connectionString: string) => {
  const url = new URL(connectionString);
  return `${url.hostname}:${url.port || 5432}${url.pathname}`;
};

export async function checkDatabase(env: TEnv, migrationsDir?: string): Promise<TCheck[]> {
  const checks: TCheck[] = [];
  try {
    const [settings] = await withClient(env.DATABASE_URL, async (client) => {
      const { rows } = await client.query<{ zone: string; version: string }>(
        "SELECT current_setting('TimeZone') AS zone, split_part(current_setting('server_version'), ' ', 1) AS version",
      );
      return rows;
    });
    checks.push(pass("Database", `reachable at ${hostOf(env.DATABASE_URL)} (PostgreSQL ${settings?.version})`));
    checks.push(
      settings?.zone === "UTC"
        ? pass("Database time zone", "sessions run in UTC")
        : fail(
            "Database time zone",
            `sessions run in ${settings?.zone}: the pooler dropped the app's TimeZone=UTC startup option`,
            "make UTC the database's default: ALTER DATABASE <name> SET timezone TO 'UTC'",
          ),
    );
  } catch (error) {
    return [
      fail(
        "Database",
        `cannot connect to ${hostOf(env.DATABASE_URL)}: ${(error as Error).message}`,
        "check DATABASE_URL (host, port, user, password, ?sslmode=require for a managed database) and that the database allows this network",
      ),
    ];
  }

  if (looksPooled(env.DIRECT_URL)) {
    checks.push(
      fail(
        "Direct URL",
        `${env.DIRECT_URL === env.DATABASE_URL ? "DATABASE_URL" : "DIRECT_URL"} is a connection pooler: migrations need a session of their own (an advisory lock)`,
        "set DIRECT_URL to the provider's direct (unpooled) connection string",
      ),
    );
    return checks;
  }
  try {
    checks.push(await withClient(env.DIRECT_URL, (client) => checkMigrations(client, migrationsDir)));
  } catch (error) {
    checks.push(
      fail("Migrations", `cannot read them through DIRECT_URL: ${(error as Error).message}`, "check DIRECT_URL"),
    );
  }
  return checks;
}

async function checkMigrations(client: pg.Client, migrationsDir?: string): Promise<TCheck> {
  const migrations = readMigrations(migrationsDir);
  const [{ exists } = { exists: false }] = (
    await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`)
  ).rows;
  const rows = exists ? await readMigrationHistory(client) : [];
  const failed = findFailedMigration(rows);
  if (failed) {
    const name = failed.migration_name;
    return fail(
      "Migrations",
      `${name} failed or is still running${failed.logs ? ` (${failed.logs.split("\n")[0]})` : ""}`,
      resolveCommands(name),
    );
  }
  const applied = new Map(rows.map((row) => [row.migration_name, row]));
  const edited = migrations.filter((migration) => {
    const row = applied.get(migration.name);
    return row && !matchesChecksum(migration, row.checksum);
  });
  if (edited.length) {
    return fail(
      "Migrations",
      `changed after they were applied: ${edited.map((migration) => migration.name).join(", ")}`,
      "restore those files as they were applied; put the change in a new migration (npm run db:new-migration)",
    );
  }
  const pending = migrations.filter((migration) => !applied.has(migration.name));
  if (pending.length) {
    return fail(
      "Migrations",
      `${pending.length} not applied: ${pending.map((migration) => migration.name).join(", ")}`,
      "deploy with the vercel-build command (it migrates first), or run `npm run db:migrate` with DIRECT_URL set",
    );
  }
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = rows.filter((row) => !known.has(row.migration_name));
  if (unknown.length) {
    return warn(
      "Migrations",
      `the database has migrations this code does not: ${unknown.map((row) => row.migration_name).join(", ")}`,
      "deploy the code that added them (this checkout is older than the database)",
    );
  }
  return pass("Migrations", `all ${migrations.length} applied, none edited`);
}
