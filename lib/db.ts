// The one Prisma client (PostgreSQL through the pg driver adapter) over the app's one pool
// (lib/postgres/create-pool.ts). A global singleton in development, so hot reloads do not open a
// new pool each time.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPool } from "@/lib/postgres/create-pool";

export type Db = PrismaClient;
/** A client or an interactive-transaction client: services take one so callers can compose them. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const POOL_OPTIONS = { max: env.DATABASE_POOL_MAX, idleTimeoutMillis: env.DATABASE_IDLE_TIMEOUT_MS };

/** A client over a pool: `$disconnect()` ends the pool too. */
function clientOver(pool: pg.Pool): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

/** A client over its own pool (scripts, tests). */
export function createDb(connectionString: string): PrismaClient {
  return clientOver(createPool(connectionString, POOL_OPTIONS));
}

const globalForDb = globalThis as unknown as { deltacrownPool?: pg.Pool; deltacrownDb?: PrismaClient };

/** The app's pool, for the few queries Prisma cannot make (the sign-in rate limiter). */
export const pool: pg.Pool = globalForDb.deltacrownPool ?? createPool(env.DATABASE_URL, POOL_OPTIONS);
export const db: PrismaClient = globalForDb.deltacrownDb ?? clientOver(pool);

if (env.NODE_ENV !== "production") Object.assign(globalForDb, { deltacrownPool: pool, deltacrownDb: db });
