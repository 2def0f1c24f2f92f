// vercel.json, derived from the job registry and the chosen scheduler (SCHEDULER in lib/env.ts).
// One scheduler fires the schedules, never two:
// - "inngest" (default): Inngest's crons fire every job and the outbox sweep; vercel.json has no
//   crons, so any Vercel plan deploys it (Hobby refuses crons that run more than once a day).
// - "vercel": Vercel Cron calls /api/cron/<job> (which emits the job's request event) and
//   /api/cron/outbox (which sweeps in place); the Inngest functions register without cron
//   triggers. Several jobs run hourly or more often, so this needs a Vercel plan that allows them (Pro).
// `npm run vercel-json` writes the file for the current SCHEDULER; a test keeps the committed file equal
// to the default mode's, and `npm run doctor` checks it against the configured mode.
import { OUTBOX_SWEEP_CRON } from "@/lib/outbox/relay-outbox";
import { SCHEDULED_JOBS } from "./scheduled-jobs";

export type TScheduler = "inngest" | "vercel";
export type TVercelCron = { path: string; schedule: string };
export type TVercelConfig = { $schema: string; buildCommand: string; crons: TVercelCron[] };

/** The route Vercel Cron (or any external scheduler) calls for `job`; "outbox" sweeps the outbox. */
export const cronPath = (job: string) => `/api/cron/${job}`;

export function vercelConfig(scheduler: TScheduler): TVercelConfig {
  const crons =
    scheduler === "vercel"
      ? [
          ...Object.entries(SCHEDULED_JOBS).map(([name, job]) => ({ path: cronPath(name), schedule: job.schedule })),
          { path: cronPath("outbox"), schedule: OUTBOX_SWEEP_CRON },
        ]
      : [];
  return {
    $schema: "https://openapi.vercel.sh/vercel.json",
    // Migrations first (Vercel has no release step), then the build: see package.json.
    buildCommand: "npm run vercel-build",
    crons,
  };
}
