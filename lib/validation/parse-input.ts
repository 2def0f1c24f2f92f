// Validates an operation's input with its zod schema; bad input becomes AppError INVALID_INPUT
// carrying the first problem's message (schemas word their messages for users). Before and after
// the schema, one rule for every operation: no control characters in any string (PostgreSQL
// refuses NUL, and the others only hide text), and no date outside the years a tournament platform
// can mean (year -10000 or 275760 would reach the database as an error, or as nonsense).
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** C0 and C1 control characters and DEL, except tab, line feed and carriage return in text. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const EARLIEST_YEAR = 1970;
export const LATEST_YEAR = 9999;

export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  assertPlainValues(input, { checkDates: false });
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", parsed.error.issues[0]?.message ?? "Please check your input.", {
      cause: parsed.error,
    });
  // Dates are checked after parsing (strings become dates there); zDate words it better, this is the backstop.
  assertPlainValues(parsed.data, { checkDates: true });
  return parsed.data;
}

/** Throws INVALID_INPUT naming the first field that holds a control character or an absurd date. */
function assertPlainValues(value: unknown, options: { checkDates: boolean }, path: (string | number)[] = []): void {
  const field = path.length ? `"${path.join(".")}"` : "The input";
  if (typeof value === "string") {
    const match = CONTROL_CHARACTER.exec(value);
    if (match) {
      const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
      throw new AppError(
        "INVALID_INPUT",
        `${field} contains an invisible control character (${code}). Remove it and try again.`,
      );
    }
  } else if (value instanceof Date) {
    if (!options.checkDates) return;
    const year = value.getUTCFullYear();
    if (Number.isNaN(year) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new AppError(
        "INVALID_INPUT",
        `${field} must be a date between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => assertPlainValues(item, options, [...path, index]));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) assertPlainValues(item, options, [...path, key]);
  }
}

/** An id field whose every failure reads "Choose <what>." (missing, not a string, empty). */
export function zId(what: string) {
  const message = `Choose ${what}.`;
  return z.string({ error: message }).trim().min(1, message).max(100, message);
}

/** A date field ("the start date") that also refuses years outside EARLIEST_YEAR–LATEST_YEAR, naming itself. */
export function zDate(what: string) {
  const range = `${what[0]?.toUpperCase()}${what.slice(1)} must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;
  return z.coerce
    .date({ error: `Enter a valid ${what}.` })
    .min(new Date(Date.UTC(EARLIEST_YEAR, 0, 1)), range)
    .max(new Date(Date.UTC(LATEST_YEAR, 11, 31, 23, 59, 59, 999)), range);
}
