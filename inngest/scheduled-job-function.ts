// An Inngest function for a scheduled job of lib/automation/scheduled-jobs.ts: the registry's cron
// (UTC) — unless Vercel Cron fires the schedules (SCHEDULER=vercel, lib/automation/vercel-config.ts)
// — plus the event that asks for a run now. A cron tick runs at most once per period (runJob's dedup key);
// a requested run with trigger CRON (Vercel Cron) shares that period. The events the job emits go
// out with step.sendEvent (inngest/run-emitting-step.ts).
import { cron, type EventType, type StandardSchemaV1 } from "inngest";
import { z } from "zod";
import { JOB_TIMEOUT_MINUTES } from "@/lib/automation/run-job";
import { SCHEDULED_JOBS, runScheduledJob, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { env } from "@/lib/env";
import { RunTrigger } from "@/lib/generated/prisma/enums";
import { inngest } from "./client";
import { failFastOnBadInput } from "./fail-fast";
import { runEmittingStep } from "./run-emitting-step";

const ZRequestedBy = z.object({ trigger: z.enum(RunTrigger) });

/** Every job function's timeouts: Inngest cancels a run that has not finished in time. */
export const JOB_TIMEOUTS = { finish: `${JOB_TIMEOUT_MINUTES}m` } as const;

/**
 * The job's cron trigger when Inngest fires the schedules (the default); none when Vercel Cron does.
 * Typed as present either way, so handlers always tell a timer tick from a request.
 */
export function cronTriggers(name: TScheduledJobName): [ReturnType<typeof cron>] {
  const schedule = cron(`TZ=UTC ${SCHEDULED_JOBS[name].schedule}`);
  return (env.SCHEDULER === "inngest" ? [schedule] : []) as [typeof schedule];
}

export function scheduledJobFunction<TName extends string>(
  name: TScheduledJobName,
  requested: EventType<TName, StandardSchemaV1<{ trigger: RunTrigger }>>,
) {
  return inngest.createFunction(
    {
      id: name,
      triggers: [...cronTriggers(name), requested],
      // One run of a job at a time; a second trigger waits, then finds its period taken.
      concurrency: { limit: 1 },
      retries: 4,
      timeouts: JOB_TIMEOUTS,
    },
    async ({ event, step }) => {
      const isCronTick = event.name === "inngest/scheduled.timer";
      const trigger: RunTrigger = isCronTick ? "CRON" : ZRequestedBy.parse(event.data).trigger;
      // The event's ts is when it was asked for (an outbox event's is its row's createdAt): a late
      // delivery still runs the period it was asked for.
      const at = new Date(event.ts ?? Date.now());
      return runEmittingStep(step, name, () => failFastOnBadInput(() => runScheduledJob(name, trigger, at)));
    },
  );
}
