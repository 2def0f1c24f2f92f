// Validates an operation's input with its zod schema; bad input becomes AppError INVALID_INPUT
// carrying the first problem's message (schemas word their messages for users).
import { z } from "zod";
import { AppError } from "@/lib/errors";

export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Please check your input.", { cause: parsed.error });
  return parsed.data;
}

/** An id field whose every failure reads "Choose <what>." (missing, not a string, empty). */
export function zId(what: string) {
  const message = `Choose ${what}.`;
  return z.string({ error: message }).trim().min(1, message).max(100, message);
}
