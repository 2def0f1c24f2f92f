// `npm run db:start`: runs the embedded PostgreSQL in the foreground (migrated) until Ctrl-C, for
// tools that need a database without the app (psql, Prisma Studio, new migrations).
import "./lib/load-env-file";
import { ensureDatabase } from "./lib/ensure-database";
import { migrate } from "./lib/migrate";
import { runScript } from "./lib/run-script";
import { onShutdown } from "./lib/processes";

await runScript(async () => {
  const database = await ensureDatabase();
  await migrate(database.url, { log: (line) => console.log(`  ${line}`) });
  if (!database.isOwner) return;
  console.log(`DATABASE_URL=${database.url}\nPress Ctrl-C to stop.`);
  await new Promise<void>((resolve) =>
    onShutdown(async () => {
      await database.stop();
      resolve();
    }),
  );
});
