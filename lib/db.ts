// The one Prisma client (PostgreSQL through the pg driver adapter). A global singleton in
// development, so hot reloads do not open a new pool each time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** A client or an interactive-transaction client: services take one so callers can compose them. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, allowExitOnIdle: true }) });
}

const globalForDb = globalThis as unknown as { deltacrownDb?: PrismaClient };

export const db: PrismaClient = globalForDb.deltacrownDb ?? createDb(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForDb.deltacrownDb = db;
