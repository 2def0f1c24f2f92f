// payouts/distribute.requested: pays places 1–3 of a completed tournament to the captains, exactly
// once (ledger dedup keys under a per-tournament lock). One run per tournament at a time; bad input
// (unknown tournament) is not retried; "not_ready" is an answer, not an error.
import { runJob } from "@/lib/automation/run-job";
import { distributePayouts } from "@/lib/payouts/distribute-payouts";
import { inngest } from "@/inngest/client";
import { payoutsDistributeRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

export const distributePayoutsFunction = inngest.createFunction(
  {
    id: "distribute-payouts",
    triggers: [payoutsDistributeRequested],
    // Duplicates of one tournament's request queue behind each other and then find the ledger rows.
    concurrency: { key: "event.data.tournamentId", limit: 1 },
    retries: 5,
  },
  async ({ event, step, runId }) => {
    const { tournamentId, trigger } = event.data;
    return step.run("distribute-payouts", () =>
      failFastOnBadInput(() => runJob({ job: "distribute-payouts", trigger }, () => distributePayouts({ tournamentId, runId }))),
    );
  },
);
