// `npm run doctor`'s checks, in order: configuration first (the rest need it), then the scheduler,
// the database and Inngest's sync rules.
import path from "node:path";
import { fail, type TCheck } from "./check";
import { checkConfiguration } from "./check-configuration";
import { checkDatabase } from "./check-database";
import { checkInngestSync } from "./check-inngest";
import { checkScheduler } from "./check-scheduler";

export type TDoctorOptions = { migrationsDir?: string; vercelJsonPath?: string };

const ROOT = path.resolve(import.meta.dirname, "../../..");

export async function runDoctor(
  source: Record<string, string | undefined>,
  options: TDoctorOptions = {},
): Promise<TCheck[]> {
  const { env, checks } = checkConfiguration(source);
  if (!env) {
    return [
      ...checks,
      fail("Database, migrations, schedules, Inngest", "not checked", "fix the configuration above first"),
    ];
  }
  return [
    ...checks,
    checkScheduler(env, options.vercelJsonPath ?? path.join(ROOT, "vercel.json")),
    ...(await checkDatabase(env, options.migrationsDir)),
    await checkInngestSync(),
  ];
}
