// How domain writes happen: run `work` in one transaction, staging the events it `emit`s in the same
// transaction; after commit, publish them. Entry points call lib functions built on this.
import { db, type DbClient } from "@/lib/db";
import { publishEvents } from "./publish-events";
import { stageEvents, type TDomainEvent } from "./stage-events";

export type TEmit = (...events: TDomainEvent[]) => void;

/** Long enough for the biggest set-based jobs (and for waiting on their advisory locks). */
const TRANSACTION_TIMEOUT_MS = 30_000;

export async function transactWithEvents<T>(work: (tx: DbClient, emit: TEmit) => Promise<T>): Promise<T> {
  let staged: string[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const events: TDomainEvent[] = [];
      const value = await work(tx, (...more) => events.push(...more));
      staged = await stageEvents(tx, events);
      return value;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
  await publishEvents(staged);
  return result;
}
