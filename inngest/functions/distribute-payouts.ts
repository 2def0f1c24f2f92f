// payouts/distribute.requested: pays the podium (PAID_PLACES) of a completed tournament to the captains, exactly
// once (ledger dedup keys under a per-tournament lock), then sends the achievements and payout
// notifications with step.sendEvent. One run per tournament at a time, JOB_TIMEOUTS; bad input
// (unknown tournament) is not retried; "not_ready" is an answer, not an error.
import { runDistributePayouts } from "@/lib/payouts/run-distribute-payouts";
import { inngest } from "@/inngest/client";
import { payoutsDistributeRequested } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";
import { runEmittingStep } from "@/inngest/run-emitting-step";
import { JOB_TIMEOUTS } from "@/inngest/scheduled-job-function";

export const distributePayoutsFunction = inngest.createFunction(
  {
    id: "distribute-payouts",
    triggers: [payoutsDistributeRequested],
    // Duplicates of one tournament's request queue behind each other and then find the ledger rows.
    concurrency: { key: "event.data.tournamentId", limit: 1 },
    retries: 5,
    timeouts: JOB_TIMEOUTS,
  },
  async ({ event, step, runId }) => {
    const { tournamentId, trigger } = event.data;
    return runEmittingStep(step, "distribute-payouts", () =>
      failFastOnBadInput(() => runDistributePayouts({ tournamentId, trigger, runId })),
    );
  },
);
