// The half-hourly digest scheduler: how many users' digests are due now (two queries for any number
// of users), and one `digest/slot.due` for the send-digests function to page through — keyed by the
// slot, so a second tick in the same slot, or a resend, queues nothing twice (and each digest is
// claimed once per user and local date besides).
import { digestSlotDue } from "@/inngest/events";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { deliverEmailBatch } from "@/lib/notifications/email/deliver-email-batch";
import { prepareDigestPage } from "./prepare-digests";
import { WHOLE_DAY } from "./digest-slot";
import { countDueDigests } from "./select-due-digests";

export async function scheduleDigests(now = new Date()): Promise<{ dueCount: number }> {
  const dueCount = await countDueDigests(now);
  if (dueCount > 0) {
    await transactWithEvents(async (_tx, emit) =>
      emit({ ...digestSlotDue.create({ at: now.toISOString() }), id: `digest-slot:${now.toISOString()}` }),
    );
  }
  return { dueCount };
}

/**
 * The CLI's `send-digests`: every digest due today and not sent yet (not only this tick's), in the
 * same pages, sent right here (one provider call at a time) instead of through Inngest.
 */
export async function sendDueDigests(
  now = new Date(),
): Promise<{ dueCount: number; prepared: number; emailBatches: number }> {
  const total = { dueCount: 0, prepared: 0, emailBatches: 0 };
  for (let after: string | null = null; ;) {
    const page = await prepareDigestPage(now, after, WHOLE_DAY);
    for (const event of page.events) await deliverEmailBatch(event.data.batchId);
    total.dueCount += page.due;
    total.prepared += page.prepared;
    total.emailBatches += page.events.length;
    if (!page.nextAfter) return total;
    after = page.nextAfter;
  }
}
