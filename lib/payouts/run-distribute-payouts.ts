// One distribute-payouts run, from any entry point (the Inngest function, the CLI): recorded as an
// AutomationRun whose subject is the tournament, so the payout status and the dashboard's runs table
// find a tournament's runs by column.
import { runJob, type TJobRun } from "@/lib/automation/run-job";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import { distributePayouts, type TDistributeResult } from "./distribute-payouts";
import { PAYOUT_JOB, payoutRunSubject } from "./payout-keys";

type TRunDistributePayoutsInput = {
  tournamentId: string;
  trigger: RunTrigger;
  /** The caller's own run id for the ledger's audit trail (Inngest's run id); the AutomationRun's id by default. */
  runId?: string;
};

export function runDistributePayouts({
  tournamentId,
  trigger,
  runId,
}: TRunDistributePayoutsInput): Promise<TJobRun<TDistributeResult>> {
  return runJob({ job: PAYOUT_JOB, trigger, subject: payoutRunSubject(tournamentId) }, (run) =>
    distributePayouts({ tournamentId, runId: runId ?? run.runId }),
  );
}
