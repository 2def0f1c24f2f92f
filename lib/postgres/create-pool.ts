// The app's connection pool: sized and timed from the environment (DATABASE_POOL_MAX,
// DATABASE_IDLE_TIMEOUT_MS), every session in UTC. On Vercel, attachDatabasePool keeps a function
// instance alive until its idle connections are closed, instead of freezing them open (which leaks
// connections until the database refuses new ones); elsewhere it does nothing.
import { attachDatabasePool } from "@vercel/functions";
import pg from "pg";
import { utcConnectionString } from "./utc-connection-string";

export type TPoolOptions = { max: number; idleTimeoutMillis: number };

export function createPool(connectionString: string, { max, idleTimeoutMillis }: TPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: utcConnectionString(connectionString),
    max,
    idleTimeoutMillis,
    // A script or test may end while connections idle: let the process exit.
    allowExitOnIdle: true,
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on("error", (error) => console.error("PostgreSQL pool:", error.message));
  attachDatabasePool(pool);
  return pool;
}
