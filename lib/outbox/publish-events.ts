// The request path's send: right after commit, the events a server action, route handler or CLI
// command staged go to Inngest (lib/outbox/send-outbox-events.ts). A failure leaves them to the sweep
// (relay-outbox) and is recorded on the rows; it is never thrown to the caller, whose change is
// already committed.
import { currentCollector } from "./collect-events";
import type { TSendResult } from "./record-send-outcomes";
import { sendOutboxEvents } from "./send-outbox-events";
import type { TOutboxEvent } from "./stage-events";
import { assertOutsideTransaction } from "./transaction-scope";

export async function publishEvents(events: TOutboxEvent[]): Promise<TSendResult> {
  // Both are bugs in the caller, not send failures: thrown, not recorded.
  assertOutsideTransaction("publishEvents");
  if (currentCollector()) {
    throw new Error(
      "publishEvents cannot run inside collectEvents: inside an Inngest step, events go out with step.sendEvent (inngest/run-emitting-step.ts).",
    );
  }
  if (events.length === 0) return { sent: 0, rejected: 0, deadLettered: 0, unavailable: 0 };
  try {
    return await sendOutboxEvents(events);
  } catch (error) {
    // Recording the outcome failed (the database): the rows stay unsent, and the sweep sends them.
    return {
      sent: 0,
      rejected: 0,
      deadLettered: 0,
      unavailable: events.length,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
