// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL from the last committed schema (git HEAD) to the current prisma/schema.prisma.
// `prisma migrate diff` needs a reachable PostgreSQL here, so the database is started first.
import "./lib/load-env-file";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase } from "./lib/ensure-database";
import { MIGRATIONS_DIR, readMigrations } from "./lib/migrate";
import { prismaMigrateDiff } from "./lib/prisma-diff";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Usage: npm run db:new-migration -- <name>   (lowercase letters, digits and underscores)");
  }
  const previous = readMigrations().length === 0 ? null : committedSchema();
  const database = await ensureDatabase();
  try {
    const sql = prismaMigrateDiff(previous, "prisma/schema.prisma", database.url);
    if (!sql.trim() || /^-- This is an empty migration\.\s*$/m.test(sql)) {
      console.log("No schema changes since the last migration: nothing written.");
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then npm run db:migrate.`);
  } finally {
    await database.stop();
  }
});

/** The schema as of the last commit, which the existing migrations produce. */
function committedSchema(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
  writeFileSync(file, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
  return file;
}
