// The daily digest goes out on the half hour (the scheduler runs at :00 and :30), so a digest time
// is "HH:MM" with MM 00 or 30, in the user's own time zone.
export const DEFAULT_DIGEST_TIME = "08:00";

const DIGEST_TIME_PATTERN = /^(?:[01]\d|2[0-3]):(?:00|30)$/;

export const DIGEST_TIME_MESSAGE = "Digest time must be on the hour or half hour, like 08:00 or 18:30";

export function isDigestTime(value: unknown): value is string {
  return typeof value === "string" && DIGEST_TIME_PATTERN.test(value);
}

/** "00:00", "00:30", …, "23:30" — the choices for a settings select. */
export const DIGEST_TIMES: readonly string[] = Array.from({ length: 48 }, (_, slot) => {
  const hours = String(Math.floor(slot / 2)).padStart(2, "0");
  return `${hours}:${slot % 2 === 0 ? "00" : "30"}`;
});
