// schema.prisma and prisma/migrations must describe the same database: a schema change without its
// migration (or a hand-edited migration) fails here.
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { env } from "@/lib/env";
import { databaseUrl, ensureDatabaseExists } from "@/scripts/lib/local-database";
import { prismaMigrateDiff } from "@/scripts/lib/prisma-diff";

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  indexes: `SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  constraints: `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) AS definition
                FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const snapshot: Record<string, unknown[]> = {};
    for (const [key, sql] of Object.entries(CATALOG_QUERIES)) snapshot[key] = (await client.query(sql)).rows;
    return snapshot;
  } finally {
    await client.end();
  }
}

describe("schema.prisma and migrations", () => {
  it("produce the same database (no drift)", async () => {
    const port = inject("pgPort");
    const fromSchema = `drift_${Date.now()}`;
    await ensureDatabaseExists(port, fromSchema);
    const url = databaseUrl(port, fromSchema);
    const sql = prismaMigrateDiff(null, path.resolve("prisma/schema.prisma"), url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(sql);
    await client.end();

    // env.DATABASE_URL is this file's copy of the template database, built from the migrations.
    const [migrated, declared] = await Promise.all([catalog(env.DATABASE_URL), catalog(url)]);
    expect(migrated.columns?.length).toBeGreaterThan(50);
    expect(migrated).toEqual(declared);
  }, 60_000);
});
