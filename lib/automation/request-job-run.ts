// Asks Inngest to run a scheduled job now (Vercel Cron, the admin dashboard): the job's request
// event goes through the outbox. A CRON request carries the period in its event id, so a second
// tick of the same period is the same event — staged once, and ignored by Inngest if resent.
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { periodKey } from "./period-key";
import { SCHEDULED_JOBS, type TScheduledJobName } from "./scheduled-jobs";

export async function requestJobRun(
  name: TScheduledJobName,
  trigger: RunTrigger,
  at = new Date(),
): Promise<{ job: TScheduledJobName; eventId?: string }> {
  const job = SCHEDULED_JOBS[name];
  const eventId = trigger === "CRON" ? `cron:${name}:${periodKey(job.period, at)}` : undefined;
  await transactWithEvents(async (_tx, emit) =>
    emit({ ...job.requestEvent(trigger), ...(eventId ? { id: eventId } : {}) }),
  );
  return { job: name, eventId };
}
