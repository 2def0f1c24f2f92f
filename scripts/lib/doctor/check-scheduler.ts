// One scheduler at a time: the committed vercel.json must be the one the configured SCHEDULER needs
// (lib/automation/vercel-config.ts), or schedules run twice — or never.
import { existsSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { vercelConfig } from "@/lib/automation/vercel-config";
import type { TEnv } from "@/lib/env";
import { fail, pass, type TCheck } from "./check";

export function checkScheduler(env: TEnv, vercelJsonPath: string): TCheck {
  const expected = vercelConfig(env.SCHEDULER);
  const actual: unknown = existsSync(vercelJsonPath) ? JSON.parse(readFileSync(vercelJsonPath, "utf8")) : null;
  const firedBy = env.SCHEDULER === "vercel" ? "Vercel Cron (needs a plan with hourly crons)" : "Inngest's crons";
  if (isDeepStrictEqual(actual, expected)) {
    return pass("Schedules", `fired by ${firedBy}; vercel.json has ${expected.crons.length} cron(s) to match`);
  }
  return fail(
    "Schedules",
    `SCHEDULER=${env.SCHEDULER}, but vercel.json is not the file that mode needs: jobs would run twice or never`,
    "run `npm run vercel-json` with the deployment's SCHEDULER, and commit vercel.json",
  );
}
