// How domain writes happen: run `work` in one transaction, staging the events it `emit`s in the same
// transaction. After commit — never inside: no HTTP call holds a transaction open — the events are
// published (request path), or handed to the collector of the Inngest step that runs this
// (lib/outbox/collect-events.ts), which sends them with step.sendEvent.
import { db, type DbClient } from "@/lib/db";
import { currentCollector } from "./collect-events";
import { publishEvents } from "./publish-events";
import { stageEvents, type TDomainEvent, type TOutboxEvent } from "./stage-events";
import { insideTransaction } from "./transaction-scope";

export type TEmit = (...events: TDomainEvent[]) => void;

/** Long enough for the biggest set-based jobs (and for waiting on their advisory locks). */
const TRANSACTION_TIMEOUT_MS = 30_000;
/** The request publishes right after commit; the sweep leaves its rows alone meanwhile. */
const REQUEST_SEND_GRACE_MS = 30_000;
/**
 * A function sends its events in the steps after this one, normally seconds later; Inngest's retries
 * of a failing step take minutes. The sweep steps in only after that (a run that died for good).
 */
export const FUNCTION_SEND_GRACE_MS = 10 * 60_000;

export async function transactWithEvents<T>(work: (tx: DbClient, emit: TEmit) => Promise<T>): Promise<T> {
  const collector = currentCollector();
  let staged: TOutboxEvent[] = [];
  const result = await db.$transaction(
    (tx) =>
      insideTransaction(async () => {
        const events: TDomainEvent[] = [];
        const value = await work(tx, (...more) => events.push(...more));
        staged = await stageEvents(tx, events, { graceMs: collector ? FUNCTION_SEND_GRACE_MS : REQUEST_SEND_GRACE_MS });
        return value;
      }),
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
  if (collector) collector.add(staged);
  else await publishEvents(staged);
  return result;
}
