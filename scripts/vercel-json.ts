// `npm run vercel-json` — writes vercel.json for the configured scheduler (SCHEDULER, see
// lib/automation/vercel-config.ts). Commit the result: Vercel reads the committed file.
import "./lib/load-env-file";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { vercelConfig } from "@/lib/automation/vercel-config";
import { env } from "@/lib/env";
import { runScript } from "./lib/run-script";

const VERCEL_JSON = path.resolve(import.meta.dirname, "../vercel.json");

await runScript(async () => {
  const config = vercelConfig(env.SCHEDULER);
  writeFileSync(VERCEL_JSON, `${JSON.stringify(config, null, 2)}\n`);
  console.log(
    `vercel.json written for SCHEDULER=${env.SCHEDULER}: ${config.crons.length} Vercel Cron job(s). Commit it.`,
  );
});
