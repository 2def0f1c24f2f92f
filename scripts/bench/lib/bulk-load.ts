// Seeding millions of rows the way pg_restore does (PostgreSQL docs, "Populating a Database"): drop
// the tables' indexes and the foreign keys touching them, load, then put back exactly the same
// definitions (pg_get_indexdef / pg_get_constraintdef) — one sorted build per index and one join per
// foreign key instead of a B-tree insert and a lookup per row. Only for seeding a bench's data.
import type { PrismaClient } from "@/lib/generated/prisma/client";

type TDefinition = { name: string; table: string; definition: string };

export async function withoutIndexes<T>(db: PrismaClient, tables: string[], load: () => Promise<T>): Promise<T> {
  const foreignKeys = await db.$queryRaw<TDefinition[]>`
    SELECT c.conname::text AS name, c.conrelid::regclass::text AS "table", pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY(${quoted(tables)}::text[]) OR c.confrelid::regclass::text = ANY(${quoted(tables)}::text[]))`;
  const primaryKeys = await db.$queryRaw<TDefinition[]>`
    SELECT c.conname::text AS name, c.conrelid::regclass::text AS "table", pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c WHERE c.contype = 'p' AND c.conrelid::regclass::text = ANY(${quoted(tables)}::text[])`;
  const indexes = await db.$queryRaw<TDefinition[]>`
    SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS "table", pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i WHERE i.indrelid::regclass::text = ANY(${quoted(tables)}::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))`;
  const count = async () =>
    (
      await db.$queryRaw<
        { n: number }[]
      >`SELECT count(*)::int AS n FROM pg_index WHERE indrelid::regclass::text = ANY(${quoted(tables)}::text[])`
    )[0]?.n ?? 0;
  const before = await count();

  for (const key of foreignKeys) await db.$executeRawUnsafe(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX ${index.name}`);
  for (const key of primaryKeys) await db.$executeRawUnsafe(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  try {
    return await load();
  } finally {
    for (const key of primaryKeys)
      await db.$executeRawUnsafe(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
    for (const key of foreignKeys)
      await db.$executeRawUnsafe(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    const after = await count();
    if (after !== before)
      throw new Error(`withoutIndexes: ${before} indexes on ${tables.join(", ")} before the load, ${after} after.`);
  }
}

/** "Notification" → the spelling regclass::text uses for a mixed-case table. */
const quoted = (tables: string[]) => tables.map((table) => (/^[a-z_][a-z0-9_]*$/.test(table) ? table : `"${table}"`));
