// The database the scripts use: DATABASE_URL when set, else the project's embedded PostgreSQL
// (data under .data/postgres, port EMBEDDED_PG_PORT), started here or reused when already running.
import path from "node:path";
import { env } from "@/lib/env";
import { startLocalDatabase, type TLocalDatabase } from "./local-database";

export const LOCAL_DATA_DIR = path.resolve(import.meta.dirname, "../../.data/postgres");

export async function ensureDatabase(log: (line: string) => void = console.log): Promise<TLocalDatabase> {
  if (!env.isEmbeddedDatabase) {
    return {
      url: env.DATABASE_URL,
      port: Number(new URL(env.DATABASE_URL).port || 5432),
      isOwner: false,
      stop: async () => {},
    };
  }
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
