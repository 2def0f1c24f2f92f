// Cron 0 2 * * * UTC + rankings/recompute.requested: points, W/D/L and ranks from completed matches
// (optionally one tournament's teams), rankings/changed per moved team. One run at a time; the daily
// cron runs once per day.
import { cron } from "inngest";
import { runJob } from "@/lib/automation/run-job";
import { periodKey } from "@/lib/automation/period-key";
import { SCHEDULED_JOBS, runScheduledJob } from "@/lib/automation/scheduled-jobs";
import { recomputeRankings } from "@/lib/rankings/recompute-rankings";
import { inngest } from "@/inngest/client";
import { rankingsRecomputeRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const recomputeRankingsFunction = inngest.createFunction(
  {
    id: "recompute-rankings",
    triggers: [cron(`TZ=UTC ${SCHEDULED_JOBS["recompute-rankings"].schedule}`), rankingsRecomputeRequested],
    concurrency: { limit: 1 },
    retries: 4,
  },
  async ({ event, step }) => {
    const at = new Date(event.ts ?? Date.now());
    if (event.name === "inngest/scheduled.timer") {
      return step.run("recompute-rankings", () => runScheduledJob("recompute-rankings", "CRON", at));
    }
    const { tournamentId, trigger } = event.data;
    return step.run("recompute-rankings", () =>
      failFastOnBadInput(() =>
        runJob(
          { job: "recompute-rankings", trigger, periodKey: trigger === "CRON" && !tournamentId ? periodKey("day", at) : null },
          () => recomputeRankings({ tournamentId }),
        ),
      ),
    );
  },
);
