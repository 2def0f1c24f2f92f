// The automation run history for the dashboard: the latest runs (optionally of one job), each with
// a one-line summary of its result, and the latest run of every job (for the "Run now" list).
import { db } from "@/lib/db";
import type { RunStatus, RunSubjectType, RunTrigger } from "@/lib/generated/prisma/enums";
import { summarizeRunResult } from "./summarize-run-result";

export const RUNS_PAGE_SIZE = 50;

export type TAutomationRunRow = {
  id: string;
  job: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: Date;
  finishedAt: Date | null;
  durationMs: number | null;
  summary: string;
  error: string | null;
  /** What the run was about, when the job records it (distribute-payouts: its tournament). */
  subjectType: RunSubjectType | null;
  subjectId: string | null;
};

export type TLastRun = { job: string; status: RunStatus; startedAt: Date };

export async function listAutomationRuns({ job }: { job?: string | null } = {}): Promise<TAutomationRunRow[]> {
  const rows = await db.automationRun.findMany({
    where: job ? { job } : {},
    orderBy: { startedAt: "desc" },
    take: RUNS_PAGE_SIZE,
    select: {
      id: true,
      job: true,
      trigger: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      durationMs: true,
      result: true,
      error: true,
      subjectType: true,
      subjectId: true,
    },
  });
  return rows.map(({ result, ...row }) => ({ ...row, summary: summarizeRunResult({ status: row.status, result }) }));
}

/** The latest run of each job that ever ran, in one query (index job, startedAt DESC). */
export function listLastRunPerJob(): Promise<TLastRun[]> {
  return db.$queryRaw<TLastRun[]>`
    SELECT DISTINCT ON (job) job, status, "startedAt"
    FROM "AutomationRun"
    ORDER BY job, "startedAt" DESC`;
}
