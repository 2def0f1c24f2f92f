// Retrying cannot fix bad input or a state that forbids the work: such AppErrors end the run at once
// (NonRetriableError); everything else is thrown as is, so Inngest retries it.
import { NonRetriableError } from "inngest";
import { AppError } from "@/lib/errors";

export async function failFastOnBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && !error.isRetryable) throw new NonRetriableError(error.message, { cause: error });
    throw error;
  }
}
