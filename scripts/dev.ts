// `npm run dev` — the one command: database (embedded unless DATABASE_URL is set), migrations,
// demo data when the database is empty, `next dev`, and the Inngest dev server when installed.
// Ctrl-C stops all of it.
import "./lib/load-env-file";
import { existsSync } from "node:fs";
import path from "node:path";
import { seedDemoData } from "@/prisma/seed";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { devServerArgs } from "./lib/dev-server-args";
import { ensureDatabase } from "./lib/ensure-database";
import { migrate } from "./lib/migrate";
import { onShutdown, startChild } from "./lib/processes";
import { runScript } from "./lib/run-script";

const ROOT = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

await runScript(async () => {
  const database = await ensureDatabase();
  onShutdown(() => database.stop());

  const migrated = await migrate(database.url);
  if (migrated.applied.length) console.log(`Applied ${migrated.applied.length} migration(s).`);
  const db = createDb(database.url);
  if ((await db.user.count()) === 0) {
    const summary = await seedDemoData(db);
    console.log(
      `Empty database: added the demo data (${summary.users} users, ${summary.teams} teams, ${summary.tournaments} tournaments).`,
    );
  }
  await db.$disconnect();

  const port = new URL(env.APP_URL).port || "3000";
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    INNGEST_DEV: env.INNGEST_DEV ?? "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const args = devServerArgs({ host: env.HOST, port });
  startChild("next", bin("next"), args.next, { env: childEnv, cwd: ROOT });

  if (existsSync(bin("inngest-cli"))) {
    startChild("inngest", bin("inngest-cli"), args.inngest, { env: childEnv, cwd: ROOT });
    console.log("Inngest dev server: http://localhost:8288 (runs, events, cron triggers)");
  } else {
    console.log(
      "Inngest dev server not installed (the optional inngest-cli could not fetch its binary), so background jobs will not run.\n" +
        `  Start it in another terminal: npx inngest-cli@latest ${args.inngest.join(" ")}`,
    );
  }
  console.log(
    `DeltaCrown: http://localhost:${port}  ·  sign in as admin@deltacrown.test  ·  mail: http://localhost:${port}/dev/mailbox`,
  );
});
