// How lib's AppErrors end or retry a run: bad input or a state that forbids the work ends it at once
// (NonRetriableError); an outside service that said when to come back (a 429's retry-after) is
// retried then (RetryAfterError); everything else is thrown as is, so Inngest retries it with backoff.
import { NonRetriableError, RetryAfterError } from "inngest";
import { AppError } from "@/lib/errors";

export async function failFastOnBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && !error.isRetryable) throw new NonRetriableError(error.message, { cause: error });
    if (error instanceof AppError && error.retryAfterMs !== undefined)
      throw new RetryAfterError(error.message, error.retryAfterMs, { cause: error });
    throw error;
  }
}
