// Cron (schedule in SCHEDULED_JOBS, when Inngest fires the schedules) + rankings/recompute.requested: points, W/D/L and ranks from
// completed matches (optionally one tournament's teams), rankings/changed per moved team
// (step.sendEvent, in chunks by bytes). One run at a time, JOB_TIMEOUTS; the cron runs once per period.
import { runRecomputeRankings } from "@/lib/automation/scheduled-jobs";
import { inngest } from "@/inngest/client";
import { rankingsRecomputeRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";
import { runEmittingStep } from "@/inngest/run-emitting-step";
import { JOB_TIMEOUTS, cronTriggers } from "@/inngest/scheduled-job-function";

export const recomputeRankingsFunction = inngest.createFunction(
  {
    id: "recompute-rankings",
    triggers: [...cronTriggers("recompute-rankings"), rankingsRecomputeRequested],
    concurrency: { limit: 1 },
    retries: 4,
    timeouts: JOB_TIMEOUTS,
  },
  async ({ event, step }) => {
    const request =
      event.name === "inngest/scheduled.timer" ? { tournamentId: null, trigger: "CRON" as const } : event.data;
    const at = new Date(event.ts ?? Date.now());
    return runEmittingStep(step, "recompute-rankings", () =>
      failFastOnBadInput(() => runRecomputeRankings({ ...request, at })),
    );
  },
);
