// The outbox's send side, for the request path's publish and the sweep alike: outbox events go to
// Inngest (id = row id, ts = createdAt) in requests capped by bytes and count, then each row's outcome
// is recorded (lib/outbox/record-send-outcomes.ts). Never inside a transaction.
//
// One bad event never blocks the rest: a request Inngest refuses as a whole (4xx — its event API
// stops at the first malformed event, pkg/api/api.go) is retried one event at a time, so only the
// bad one is rejected. An unreachable Inngest (5xx, 429, network, a wrong key) stops the sending:
// the remaining rows back off, and are never dead-lettered for it.
import { inngest } from "@/inngest/client";
import { chunkForSend, eventBytes, INNGEST_MAX_EVENT_BYTES } from "./inngest-limits";
import { recordSendOutcomes, type TSendOutcome, type TSendResult } from "./record-send-outcomes";
import type { TOutboxEvent } from "./stage-events";
import { assertOutsideTransaction } from "./transaction-scope";

/** Statuses by which Inngest refuses the events themselves (malformed, too large): resending the same cannot help. */
const REJECTING_STATUSES = new Set([400, 413, 422]);

export async function sendOutboxEvents(events: TOutboxEvent[], now = new Date()): Promise<TSendResult> {
  assertOutsideTransaction("Sending events to Inngest");
  const outcomes = new Map<string, TSendOutcome>();
  const sendable: TOutboxEvent[] = [];
  for (const event of events) {
    const bytes = eventBytes(event);
    if (bytes > INNGEST_MAX_EVENT_BYTES) {
      outcomes.set(event.id, {
        kind: "rejected",
        isFinal: true,
        error: `Event is ${bytes} bytes; Inngest accepts at most ${INNGEST_MAX_EVENT_BYTES}.`,
      });
    } else {
      sendable.push(event);
    }
  }

  let outage: TSendOutcome | undefined;
  for (const batch of chunkForSend(sendable)) {
    const outcome = outage ?? (await trySend(batch));
    if (outcome.kind === "rejected" && batch.length > 1) {
      for (const event of batch) {
        const single = outage ?? (await trySend([event]));
        if (single.kind === "unavailable") outage = single;
        outcomes.set(event.id, single);
      }
      continue;
    }
    if (outcome.kind === "unavailable") outage = outcome;
    for (const event of batch) outcomes.set(event.id, outcome);
  }
  return recordSendOutcomes(outcomes, now);
}

async function trySend(batch: TOutboxEvent[]): Promise<TSendOutcome> {
  try {
    await inngest.send(batch.map(({ id, name, data, ts }) => ({ id, name, data, ts })));
    return { kind: "sent" };
  } catch (caught) {
    const error = caught instanceof Error ? caught.message : String(caught);
    // The SDK's errors read "Inngest API Error: <status> <message>"; anything else never reached it.
    const status = Number(/^Inngest API Error: (\d{3})\b/.exec(error)?.[1]);
    return REJECTING_STATUSES.has(status) ? { kind: "rejected", error } : { kind: "unavailable", error };
  }
}
