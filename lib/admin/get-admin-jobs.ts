// The dashboard's Jobs & runs section: the scheduled jobs with their latest run, the latest runs
// (optionally of one job, each naming its tournament when it has one) and the outbox. Admins only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { isScheduledJobName, SCHEDULED_JOBS, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import { PAYOUT_JOB } from "@/lib/payouts/payout-keys";
import { getOutboxStatus } from "./get-outbox-status";
import { listAutomationRuns, listLastRunPerJob, type TLastRun } from "./list-automation-runs";

export type TAdminJob = { name: TScheduledJobName; description: string; schedule: string; lastRun: TLastRun | null };
export type TAdminJobs = Awaited<ReturnType<typeof getAdminJobs>>;

export async function getAdminJobs(actor: TActor, { runJob = null }: { runJob?: string | null } = {}) {
  assertAdmin(actor);
  const [runs, lastRuns, outbox] = await Promise.all([
    listAutomationRuns({ job: runJob }),
    listLastRunPerJob(),
    getOutboxStatus(),
  ]);
  // A run about a tournament (a payout run) shows the tournament's name in the runs table.
  const tournamentIds = [
    ...new Set(runs.flatMap((run) => (run.subjectType === "TOURNAMENT" && run.subjectId ? [run.subjectId] : []))),
  ];
  const tournamentNames = new Map(
    (await db.tournament.findMany({ where: { id: { in: tournamentIds } }, select: { id: true, name: true } })).map(
      (tournament) => [tournament.id, tournament.name] as const,
    ),
  );
  const lastRunByJob = new Map(lastRuns.map((run) => [run.job, run]));
  return {
    runs: runs.map(({ subjectType, subjectId, ...run }) => ({
      ...run,
      subject: subjectType === "TOURNAMENT" && subjectId ? (tournamentNames.get(subjectId) ?? null) : null,
    })),
    runFilter: {
      job: runJob,
      jobs: [...new Set([...Object.keys(SCHEDULED_JOBS), PAYOUT_JOB, ...lastRuns.map((run) => run.job)])].sort(),
    },
    jobs: Object.keys(SCHEDULED_JOBS)
      .filter(isScheduledJobName)
      .map((name): TAdminJob => ({
        name,
        description: SCHEDULED_JOBS[name].description,
        schedule: SCHEDULED_JOBS[name].schedule,
        lastRun: lastRunByJob.get(name) ?? null,
      })),
    outbox,
  };
}
