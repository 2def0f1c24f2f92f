// What every server action returns, and the one place that turns a thrown error into a message a
// user may see: AppError → its (always safe) message (bad input too: parseInput names the first
// problem), anything else → logged on the server and answered with a generic message.
import { AppError } from "@/lib/errors";

export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: string };

export const GENERIC_ACTION_ERROR = "Something went wrong. Please try again.";

export async function toActionResult<T>(fn: () => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    console.error(error);
    return { ok: false, error: GENERIC_ACTION_ERROR };
  }
}
