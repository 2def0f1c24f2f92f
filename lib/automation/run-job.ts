// Every job run — from an Inngest cron, an event, the admin dashboard or the CLI — goes through
// runJob: it writes an AutomationRun row (trigger, subject, status, duration, result or error) and, for
// scheduled triggers, takes the period's dedup key so a second trigger in the same period does
// nothing (a retry, a redelivered event, a cron tick and a manual request for the same period).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RunSubjectType, RunTrigger } from "@/lib/generated/prisma/enums";

/** The specification's limit per task: Inngest cancels a job function that runs longer (inngest/scheduled-job-function.ts). */
export const JOB_TIMEOUT_MINUTES = 30;
/**
 * A RUNNING row older than this is taken to be from a crashed process; its period is freed. Past the
 * job timeout (and a margin for the step in flight when Inngest cancelled it), never while a run may
 * still be going.
 */
const STALE_RUN_MS = (JOB_TIMEOUT_MINUTES + 5) * 60_000;

export type TJobRun<T> =
  | { runId: string; status: "SUCCEEDED"; result: T; durationMs: number }
  | { runId: string; status: "SKIPPED"; reason: string; duplicateOf: string };

type TRunOptions = {
  job: string;
  trigger: RunTrigger;
  /** Set for scheduled runs: `${job}:${periodKey}` may run once. */
  periodKey?: string | null;
  /** What the run is about, when it is about one thing (a payout run: its tournament), so screens find its runs. */
  subject?: { type: RunSubjectType; id: string } | null;
};

export async function runJob<T extends Record<string, unknown>>(
  options: TRunOptions,
  work: (context: { runId: string }) => Promise<T>,
): Promise<TJobRun<T>> {
  const dedupKey = options.periodKey ? `${options.job}:${options.periodKey}` : null;
  const claimed = await claimRun(options, dedupKey);
  if ("duplicateOf" in claimed) return claimed;

  const runId = claimed.runId;
  const startedAt = Date.now();
  try {
    const result = await work({ runId });
    const durationMs = Date.now() - startedAt;
    await db.automationRun.update({
      where: { id: runId },
      data: { status: "SUCCEEDED", finishedAt: new Date(), durationMs, result: result as Prisma.InputJsonValue },
    });
    return { runId, status: "SUCCEEDED", result, durationMs };
  } catch (error) {
    // Free the period so a retry can run it again.
    await db.automationRun.update({
      where: { id: runId },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        durationMs: Date.now() - startedAt,
        error: String(error instanceof Error ? error.message : error).slice(0, 2000),
        dedupKey: null,
      },
    });
    throw error;
  }
}

async function claimRun(
  options: TRunOptions,
  dedupKey: string | null,
): Promise<{ runId: string } | Extract<TJobRun<never>, { status: "SKIPPED" }>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "AutomationRun" (id, job, trigger, status, "startedAt", "dedupKey", "subjectType", "subjectId", "createdAt")
      VALUES (gen_random_uuid()::text, ${options.job}, ${options.trigger}::"RunTrigger", 'RUNNING', now(), ${dedupKey},
              ${options.subject?.type ?? null}::"RunSubjectType", ${options.subject?.id ?? null}, now())
      ON CONFLICT ("dedupKey") DO NOTHING
      RETURNING id`;
    if (inserted[0]) return { runId: inserted[0].id };

    const holder = await db.automationRun.findUnique({
      where: { dedupKey: dedupKey ?? "" },
      select: { id: true, status: true, startedAt: true },
    });
    if (holder?.status === "RUNNING" && Date.now() - holder.startedAt.getTime() > STALE_RUN_MS) {
      await db.automationRun.updateMany({
        where: { id: holder.id, status: "RUNNING" },
        data: {
          status: "FAILED",
          finishedAt: new Date(),
          error: "Abandoned: the process running it stopped.",
          dedupKey: null,
        },
      });
      continue;
    }
    if (!holder) continue; // freed between our insert and lookup: try again
    const reason = `already ${holder.status === "RUNNING" ? "running" : "ran"} for period ${options.periodKey}`;
    const skipped = await db.automationRun.create({
      data: {
        job: options.job,
        trigger: options.trigger,
        status: "SKIPPED",
        finishedAt: new Date(),
        durationMs: 0,
        result: { reason, duplicateOf: holder.id },
        subjectType: options.subject?.type ?? null,
        subjectId: options.subject?.id ?? null,
      },
      select: { id: true },
    });
    return { runId: skipped.id, status: "SKIPPED", reason, duplicateOf: holder.id };
  }
  throw new Error(`Could not claim ${options.job} for period ${options.periodKey}`);
}
