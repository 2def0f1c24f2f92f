// digest/slot.due: the slot's due digests, a page of users per step (bounded memory and output at
// any number of users): each digest claimed once per user and local date, its notifications
// recorded, and the claimed digests handed to provider batches (send-email-batch, throttled to the
// provider's rate) with step.sendEvent. Nothing is sent for a user with nothing new.
import { chunkForSend } from "@/lib/outbox/inngest-limits";
import { prepareDigestPage } from "@/lib/notifications/digest/prepare-digests";
import { inngest } from "@/inngest/client";
import { digestSlotDue } from "@/inngest/events";
import { JOB_TIMEOUTS } from "@/inngest/scheduled-job-function";

export const sendDigestsFunction = inngest.createFunction(
  { id: "send-digests", triggers: [digestSlotDue], retries: 4, timeouts: JOB_TIMEOUTS },
  async ({ event, step }) => {
    const at = new Date(event.data.at);
    const total = { due: 0, prepared: 0, emailBatches: 0 };
    for (let page = 0, after: string | null = null; ; page++) {
      const prepared = await step.run(`prepare-digests-${page}`, () => prepareDigestPage(at, after));
      for (const [index, events] of chunkForSend(prepared.events).entries())
        await step.sendEvent(`send-digest-batches-${page}-${index}`, events);
      total.due += prepared.due;
      total.prepared += prepared.prepared;
      total.emailBatches += prepared.events.length;
      if (!prepared.nextAfter) return total;
      after = prepared.nextAfter;
    }
  },
);
