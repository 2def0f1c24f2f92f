// Runs a lib operation as one step of a function and sends the events it emitted with step.sendEvent
// (the mechanism: lib/outbox/collect-events.ts). Steps, for a step id "process-promotions":
//   process-promotions            the change and its outbox rows, one transaction; returns the events
//   process-promotions-events-N   step.sendEvent per request-sized chunk (lib/outbox/inngest-limits.ts)
//   process-promotions-mark-sent  the rows marked sent, so the sweep leaves them
// Memoized: a retry sends the same ids with the same ts. Nothing emitted, no further steps.
//
// Usage, in any function: `const result = await runEmittingStep(step, "step-id", () => libOperation(…))`.
import type { GetStepTools } from "inngest";
import type { Jsonify } from "inngest/types";
import { collectEvents } from "@/lib/outbox/collect-events";
import { chunkForSend } from "@/lib/outbox/inngest-limits";
import { markEventsSent } from "@/lib/outbox/mark-events-sent";
import type { TOutboxEvent } from "@/lib/outbox/stage-events";
import type { inngest } from "./client";

type TStep = GetStepTools<typeof inngest>;

export async function runEmittingStep<T>(step: TStep, id: string, work: () => Promise<T>): Promise<Jsonify<T>> {
  // The step's output is JSON (memoized by Inngest): the result as Jsonify<T>, the events as they are.
  const collected = (await step.run(id, () => collectEvents(work))) as unknown as {
    result: Jsonify<T>;
    events: TOutboxEvent[];
  };
  const events = collected.events;
  for (const [index, chunk] of chunkForSend(events).entries()) {
    await step.sendEvent(`${id}-events-${index}`, chunk);
  }
  if (events.length > 0) {
    await step.run(`${id}-mark-sent`, () => markEventsSent(events.map((event) => event.id)));
  }
  return collected.result;
}
