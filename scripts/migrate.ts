// `npm run db:migrate`: applies pending migrations to DIRECT_URL (the direct, unpooled connection;
// default DATABASE_URL), or in development to the embedded database. `npm run vercel-build` runs it
// before `next build`, since Vercel has no release step.
import "./lib/load-env-file";
import { env } from "@/lib/env";
import { ensureDatabase } from "./lib/ensure-database";
import { migrate } from "./lib/migrate";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const database = await ensureDatabase();
  try {
    const result = await migrate(env.isEmbeddedDatabase ? database.url : env.DIRECT_URL, {
      log: (line) => console.log(`  ${line}`),
    });
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already applied.`
        : `Database is up to date (${result.alreadyApplied} migrations applied).`,
    );
  } finally {
    await database.stop();
  }
});
