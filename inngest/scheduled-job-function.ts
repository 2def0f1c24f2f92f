// An Inngest function for a scheduled job of lib/automation/scheduled-jobs.ts: its cron (UTC) plus
// the event that asks for a run now. A cron tick runs at most once per period (runJob's dedup key);
// a requested run with trigger CRON (Vercel Cron) shares that period.
import { cron, type EventType, type StandardSchemaV1 } from "inngest";
import { z } from "zod";
import { SCHEDULED_JOBS, runScheduledJob, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import { inngest } from "./client";
import { failFastOnBadInput } from "./fail-fast";

const ZRequestedBy = z.object({ trigger: z.enum(["CRON", "EVENT", "MANUAL", "CLI"]) });

export function scheduledJobFunction<TName extends string>(name: TScheduledJobName, requested: EventType<TName, StandardSchemaV1<{ trigger: RunTrigger }>>) {
  return inngest.createFunction(
    {
      id: name,
      triggers: [cron(`TZ=UTC ${SCHEDULED_JOBS[name].schedule}`), requested],
      // One run of a job at a time; a second trigger waits, then finds its period taken.
      concurrency: { limit: 1 },
      retries: 4,
    },
    async ({ event, step }) => {
      const isCronTick = event.name === "inngest/scheduled.timer";
      const trigger: RunTrigger = isCronTick ? "CRON" : ZRequestedBy.parse(event.data).trigger;
      const at = new Date(event.ts ?? Date.now());
      return step.run(name, () => failFastOnBadInput(() => runScheduledJob(name, trigger, at)));
    },
  );
}
