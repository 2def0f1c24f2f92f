// The database the scripts use: DATABASE_URL when set, else — in development only — the project's
// embedded PostgreSQL (data under .data/postgres, port EMBEDDED_PG_PORT), started here or reused
// when already running. A production run or a Vercel build without a database URL is an error: an
// embedded database started on a build machine would "succeed" and migrate nothing that lasts.
import path from "node:path";
import { env } from "@/lib/env";
import { startLocalDatabase, type TLocalDatabase } from "./local-database";

export const LOCAL_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");

/** Why the embedded database may not start here, or null when it may (development, tests). */
export function refuseEmbeddedDatabase(source: Record<string, string | undefined>): string | null {
  const where =
    source.NODE_ENV === "production" ? "NODE_ENV=production" : source.VERCEL ? "a Vercel build (VERCEL is set)" : null;
  if (!where) return null;
  return (
    `No database configured in ${where}: set DATABASE_URL (the pooled URL the app uses) and DIRECT_URL ` +
    `(the direct URL migrations use). The embedded PostgreSQL is for development only.`
  );
}

export async function ensureDatabase(log: (line: string) => void = console.log): Promise<TLocalDatabase> {
  if (!env.isEmbeddedDatabase) {
    return {
      url: env.DATABASE_URL,
      port: Number(new URL(env.DATABASE_URL).port || 5432),
      isOwner: false,
      stop: async () => {},
    };
  }
  const refusal = refuseEmbeddedDatabase(process.env);
  if (refusal) throw new Error(refusal);
  const database = await startLocalDatabase({
    dataDir: LOCAL_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    database: "deltacrown",
    persistent: true,
    log,
  });
  log(
    database.isOwner
      ? `Embedded PostgreSQL started on port ${database.port} (data: .data/postgres)`
      : `Using the embedded PostgreSQL already running on port ${database.port}`,
  );
  return database;
}
