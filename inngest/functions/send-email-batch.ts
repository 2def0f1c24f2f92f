// email/batch.ready: one call to the mail provider's batch endpoint per run, throttled under the
// provider's rate (RESEND_REQUESTS_PER_SECOND, lib/env.ts) across every run, so a
// 100,000-recipient announcement queues instead of meeting 429s. Exactly once per batch (fixed
// members, idempotency key); a 429 retries after its retry-after; giving up marks it FAILED.
import { deliverEmailBatch } from "@/lib/notifications/email/deliver-email-batch";
import { failEmailBatch } from "@/lib/notifications/email/fail-email-batch";
import { env } from "@/lib/env";
import { inngest } from "@/inngest/client";
import { emailBatchReady } from "@/inngest/events";
import { failFastOnBadInput } from "@/inngest/fail-fast";

/**
 * Run starts, spaced evenly at 80% of the provider's rate (RESEND_REQUESTS_PER_SECOND): Inngest
 * spaces the starts, and each run renders its emails before the call, so calls land a little
 * unevenly; the margin keeps them under the limit (a 429 that still happens waits its retry-after).
 */
export const EMAIL_THROTTLE = {
  limit: Math.max(1, Math.floor(env.RESEND_REQUESTS_PER_SECOND * 10 * 0.8)),
  period: "10s",
  burst: 1,
} as const;

/** Attempts at one batch after the first: a 429 waits its retry-after, other failures Inngest's backoff. */
export const EMAIL_BATCH_RETRIES = 12;

export const sendEmailBatchFunction = inngest.createFunction(
  {
    id: "send-email-batch",
    triggers: [emailBatchReady],
    throttle: EMAIL_THROTTLE,
    retries: EMAIL_BATCH_RETRIES,
    onFailure: async ({ event, error, step }) => {
      const { batchId } = emailBatchReady.schema.parse(event.data.event.data);
      return step.run("fail-email-batch", () => failEmailBatch(batchId, error.message));
    },
  },
  async ({ event, step }) =>
    step.run("deliver-email-batch", () => failFastOnBadInput(() => deliverEmailBatch(event.data.batchId))),
);
