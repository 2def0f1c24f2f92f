// Admin's "Run now" (and "Recompute rankings"): asks Inngest to run a scheduled job with trigger
// MANUAL, through the outbox (requestJobRun — the same request the Vercel Cron route makes). The run
// shows up in the automation runs once Inngest has run it; until Inngest accepts the event it waits
// in the outbox, which is what `pendingEvents` tells the admin.
import { z } from "zod";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { requestJobRun } from "@/lib/automation/request-job-run";
import { isScheduledJobName, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { countPendingEvents } from "@/lib/outbox/relay-outbox";

export const ZRequestJobInput = z.object({
  job: z.custom<TScheduledJobName>(
    (name) => typeof name === "string" && isScheduledJobName(name),
    "Choose one of the scheduled jobs.",
  ),
});
export type TRequestJobInput = z.input<typeof ZRequestJobInput>;

export type TRequestJobResult = { job: TScheduledJobName; requestedAt: string; pendingEvents: number };

export async function requestJob(actor: TActor, input: TRequestJobInput): Promise<TRequestJobResult> {
  assertAdmin(actor);
  const { job } = parseInput(ZRequestJobInput, input);
  const requestedAt = new Date().toISOString();
  await requestJobRun(job, "MANUAL");
  return { job, requestedAt, pendingEvents: await countPendingEvents() };
}
