// The half-hourly digest scheduler: who is due now (two queries for any number of users), then one
// `digest/user.due` each through the outbox, keyed by user + local date so a second tick in the
// same slot, or a resend, queues nobody twice.
import { transactWithEvents } from "@/lib/events/transact-with-events";
import { digestUserDue } from "@/inngest/events";
import { selectDueDigests } from "./select-due-digests";
import { sendDigest } from "./send-digest";

export async function scheduleDigests(now = new Date()): Promise<{ dueCount: number }> {
  const due = await selectDueDigests(now);
  await transactWithEvents(async (_tx, emit) => {
    emit(...due.map((digest) => ({ ...digestUserDue.create(digest), id: `digest:${digest.userId}:${digest.digestDate}` })));
  });
  return { dueCount: due.length };
}

/** The CLI's `send-digests`: the same selection, sent right here instead of through Inngest. */
export async function sendDueDigests(now = new Date()): Promise<{ dueCount: number; sent: number; skipped: number }> {
  const due = await selectDueDigests(now);
  let sent = 0;
  for (const digest of due) {
    if ((await sendDigest(digest, now)).status === "sent") sent += 1;
  }
  return { dueCount: due.length, sent, skipped: due.length - sent };
}
