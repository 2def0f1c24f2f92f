// `npm run db:seed`: adds the demo data (idempotent: existing rows, and changes made to them, are kept).
import "./lib/load-env-file";
import { seedDemoData } from "@/prisma/seed";
import { createDb } from "@/lib/db";
import { ensureDatabase } from "./lib/ensure-database";
import { migrate } from "./lib/migrate";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const database = await ensureDatabase();
  const db = createDb(database.url);
  try {
    await migrate(database.url);
    const summary = await seedDemoData(db);
    console.log(
      summary.inserted === 0
        ? "Demo data already present: nothing to add."
        : `Seeded ${summary.inserted} rows: ${summary.users} users, ${summary.teams} teams, ${summary.tournaments} tournaments, ${summary.notifications} notifications.`,
    );
    console.log(
      "Sign in as admin@deltacrown.test (admin) or alex@deltacrown.test (captain) — see the README for all demo accounts.",
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
