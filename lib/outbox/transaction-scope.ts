// No HTTP call inside a database transaction: a slow or failing service would hold row locks (and a
// pooled connection) for as long as it takes, and a rollback cannot unsend anything. The static guard
// is lib/outbox/no-http-in-transactions.test.ts; this is the cheap runtime one: transactWithEvents
// marks its callback's async context, and code that talks to a service asserts it is outside one.
import { AsyncLocalStorage } from "node:async_hooks";

const transactionScope = new AsyncLocalStorage<true>();

/** Runs `work` marked as inside a database transaction. */
export function insideTransaction<T>(work: () => Promise<T>): Promise<T> {
  return transactionScope.run(true, work);
}

export function isInsideTransaction(): boolean {
  return transactionScope.getStore() === true;
}

/** Throws when called inside transactWithEvents' transaction: `what` (an HTTP call) belongs after commit. */
export function assertOutsideTransaction(what: string): void {
  if (isInsideTransaction()) {
    throw new Error(
      `${what} must not run inside a database transaction: do it after commit (lib/outbox/transaction-scope.ts).`,
    );
  }
}
