// How code running inside an Inngest step emits events: the one mechanism for it.
//
// Lib operations write their changes and events with transactWithEvents, whoever calls them. On the
// request path (server actions, route handlers, the CLI) transactWithEvents publishes the events
// right after commit. Inside `collectEvents(work)` it does not: the rows are still written in the
// same transaction as the change (a crash loses nothing: the sweep, lib/outbox/relay-outbox.ts,
// sends them), but are handed back instead, as `TOutboxEvent`s (id = outbox row id, ts = createdAt).
// The step returns them, and the function sends them with step.sendEvent — memoized, so a retry
// sends the same ids, and traced as the run's children — then marks the rows sent in a step.
//
// In a function, use inngest/run-emitting-step.ts, which does all of that:
//   return runEmittingStep(step, "process-promotions", () => processPromotions(at));
// A function with several steps that emit calls it once per step, with distinct ids.
import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "@/lib/db";
import { eventBytes, STEP_EVENTS_MAX_BYTES } from "./inngest-limits";
import type { TOutboxEvent } from "./stage-events";

type TCollector = { events: TOutboxEvent[]; ids: Set<string> };

const collectorScope = new AsyncLocalStorage<TCollector>();

export type TCollected<T> = {
  result: T;
  /** Committed, unsent events for step.sendEvent, within `maxBytes` (a step's output is limited). */
  events: TOutboxEvent[];
  /** Events beyond `maxBytes`: due for the sweep's next run instead. */
  handedToSweep: number;
};

export async function collectEvents<T>(
  work: () => Promise<T>,
  { maxBytes = STEP_EVENTS_MAX_BYTES }: { maxBytes?: number } = {},
): Promise<TCollected<T>> {
  if (collectorScope.getStore())
    throw new Error("collectEvents cannot be nested: the outer collector already sends these events.");
  const collector: TCollector = { events: [], ids: new Set() };
  let result: T;
  try {
    result = await collectorScope.run(collector, work);
  } catch (error) {
    // What committed before the failure is not returned: let the next sweep send it.
    await releaseToSweep(collector.events.map((event) => event.id));
    throw error;
  }
  const events: TOutboxEvent[] = [];
  let bytes = 0;
  for (const event of collector.events) {
    bytes += eventBytes(event);
    if (bytes > maxBytes) break;
    events.push(event);
  }
  const overflow = collector.events.slice(events.length);
  await releaseToSweep(overflow.map((event) => event.id));
  return { result, events, handedToSweep: overflow.length };
}

/** The collector of the current async context (set by collectEvents), if any. */
export function currentCollector(): { add: (events: TOutboxEvent[]) => void } | undefined {
  const collector = collectorScope.getStore();
  if (!collector) return undefined;
  return {
    // An unsent row staged again (a deterministic id) comes back again: keep one.
    add: (events) => {
      for (const event of events) {
        if (collector.ids.has(event.id)) continue;
        collector.ids.add(event.id);
        collector.events.push(event);
      }
    },
  };
}

/** Makes unsent rows due now, so the sweep's next run sends them. */
async function releaseToSweep(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxEvent.updateMany({
    where: { id: { in: ids }, sentAt: null, deadAt: null },
    data: { nextAttemptAt: new Date() },
  });
}
