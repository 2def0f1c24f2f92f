// When a user's daily digest is due: once their digest time ("HH:MM", any minute) has come in their
// own time zone that day. DST-correct because local time comes from Intl for the instant itself. A
// time that does not exist that day (clocks jump 02:00 → 03:00) is due from the jump on; a time that
// happens twice (clocks fall back) is sent once, because there is one digest per user and local date.
// The scheduler's ticks look back DIGEST_CATCH_UP_MINUTES (a missed tick, a DST gap), so nobody gets
// the day's digest hours late; the CLI's `send-digests` looks back the whole day, so an operator's
// once-a-day cron sends every digest due and not yet sent today.
/** A scheduled tick still sends a digest this long after its time. */
export const DIGEST_CATCH_UP_MINUTES = 120;
/** Look-back that covers the whole local day. */
export const WHOLE_DAY = 24 * 60;
export type TDigestSlot = { isDue: boolean; digestDate: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localParts(timeZone: string, at: Date): { date: string; minutes: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Whether a digest at `digestTime` in `timeZone` is due at `at` (at most `lookBackMinutes` late), and for which local date. */
export function digestSlot(
  timeZone: string,
  digestTime: string,
  at: Date,
  lookBackMinutes = DIGEST_CATCH_UP_MINUTES,
): TDigestSlot {
  const local = localParts(timeZone, at);
  const [hours = 0, minutes = 0] = digestTime.split(":").map(Number);
  const late = local.minutes - (hours * 60 + minutes);
  return { isDue: late >= 0 && late < lookBackMinutes, digestDate: local.date };
}
