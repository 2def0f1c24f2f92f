// `prisma migrate diff` between two schema files (or from empty), as SQL. It connects through the
// driver adapter of prisma.config.ts, so DATABASE_URL must reach a live PostgreSQL.
import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function prismaMigrateDiff(fromSchema: string | null, toSchema: string, databaseUrl: string): string {
  const from = fromSchema ? ["--from-schema-datamodel", fromSchema] : ["--from-empty"];
  return execFileSync(
    path.join(ROOT, "node_modules/.bin/prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", toSchema, "--script"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}
