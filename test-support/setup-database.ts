// Runs before each test file: a fresh database copied from the migrated template, and a local
// stand-in for Inngest's event API — both set in the environment before any app module
// (lib/env.ts, lib/db.ts, inngest/client.ts) is imported.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { databaseUrl, dropDatabase, ensureDatabaseExists } from "@/scripts/lib/local-database";
import { startInngestStandIn } from "./inngest-stand-in";

const port = inject("pgPort");
const name = `test_${randomBytes(6).toString("hex")}`;

// Two files copying the template at the same instant can make PostgreSQL refuse one ("source
// database is being accessed by other users"): retry briefly.
for (let attempt = 0; ; attempt++) {
  try {
    await ensureDatabaseExists(port, name, inject("templateDatabase"));
    break;
  } catch (error) {
    if (attempt >= 20 || (error as { code?: string }).code !== "55006") throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
  }
}

process.env.DATABASE_URL = databaseUrl(port, name);
const inngestApi = await startInngestStandIn();
process.env.INNGEST_DEV = "1";
process.env.INNGEST_BASE_URL = inngestApi.url;

afterAll(async () => {
  await inngestApi.close();
  const [{ db }, { stopLiveHub }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/live/live-hub"),
  ]);
  await stopLiveHub();
  await db.$disconnect();
  await dropDatabase(port, name);
});
