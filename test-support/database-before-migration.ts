// For a data migration's test: a fresh database migrated up to just before `migration` (a copy of
// the migrations that ends there), connected with plain pg so the test writes rows as the old schema
// had them; then `migrate(url)` applies the rest.
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { databaseUrl, ensureDatabaseExists } from "@/scripts/lib/local-database";
import { MIGRATIONS_DIR, migrate } from "@/scripts/lib/migrate";

export async function databaseBeforeMigration(migration: string): Promise<{ url: string; client: pg.Client }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-before-"));
  for (const name of readdirSync(MIGRATIONS_DIR)) {
    if (name < migration) cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  const name = `before_${migration.slice(0, 14)}_${process.pid}_${Date.now()}`;
  await ensureDatabaseExists(inject("pgPort"), name);
  const url = databaseUrl(inject("pgPort"), name);
  await migrate(url, { dir });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { url, client };
}
