// Where a manual "Run now" stands, polled by its button: queued (the request event may still be in
// the outbox, or Inngest has it but no run started), running, or finished with the run's own
// summary. Only a run that started at or after the request counts, so an older run of the same job
// never reads as this one's success.
import { z } from "zod";
import { summarizeRunResult } from "@/lib/admin/summarize-run-result";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { isScheduledJobName, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import type { RunStatus } from "@/lib/generated/prisma/enums";
import { countPendingEvents } from "@/lib/outbox/relay-outbox";
import { parseInput, zDate } from "@/lib/validation/parse-input";

export const ZJobRunStatusInput = z.object({
  job: z.custom<TScheduledJobName>(
    (name) => typeof name === "string" && isScheduledJobName(name),
    "Choose one of the scheduled jobs.",
  ),
  since: zDate("the time the run was requested"),
});

export type TJobRunStatus =
  | { state: "queued"; pendingEvents: number }
  | { state: "running"; startedAt: string }
  | { state: "finished"; status: Exclude<RunStatus, "RUNNING">; summary: string; error: string | null };

/** Clocks of the app and the database differ by a little; a run this much before the request is still its run. */
const CLOCK_SLACK_MS = 2_000;

export async function getJobRunStatus(actor: TActor, input: unknown): Promise<TJobRunStatus> {
  assertAdmin(actor);
  const { job, since } = parseInput(ZJobRunStatusInput, input);
  const run = await db.automationRun.findFirst({
    where: { job, trigger: "MANUAL", startedAt: { gte: new Date(since.getTime() - CLOCK_SLACK_MS) } },
    orderBy: { startedAt: "desc" },
    select: { status: true, startedAt: true, result: true, error: true },
  });
  if (!run) return { state: "queued", pendingEvents: await countPendingEvents() };
  if (run.status === "RUNNING") return { state: "running", startedAt: run.startedAt.toISOString() };
  return { state: "finished", status: run.status, summary: summarizeRunResult(run), error: run.error };
}
