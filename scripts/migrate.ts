// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import "./lib/load-env-file";
import { ensureDatabase } from "./lib/ensure-database";
import { migrate } from "./lib/migrate";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const database = await ensureDatabase();
  try {
    const result = await migrate(database.url, { log: (line) => console.log(`  ${line}`) });
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`
        : `Database is up to date (${result.alreadyApplied} migrations applied).`,
    );
  } finally {
    await database.stop();
  }
});
