// A digest time is "HH:MM" (any minute) in the user's own time zone. The scheduler checks every few
// minutes (lib/automation/scheduled-jobs.ts) and sends each digest once its time has come that day.
export const DEFAULT_DIGEST_TIME = "08:00";

const DIGEST_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const DIGEST_TIME_MESSAGE = "Digest time must be a time of day, like 08:00 or 18:45";

export function isDigestTime(value: unknown): value is string {
  return typeof value === "string" && DIGEST_TIME_PATTERN.test(value);
}
