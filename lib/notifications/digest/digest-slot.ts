// When a user's daily digest is due: their digest time ("HH:MM", on the half hour) in their own
// time zone, checked every half hour. DST-correct because local time comes from Intl for the
// instant itself. A slot that does not exist that day (clocks jump 02:00 → 03:00) is caught by the
// next half-hour tick within the catch-up window; a slot that happens twice (clocks fall back) is
// sent once, because there is one digest per user and local date.

/** A due digest may still go out this long after its time (a DST gap, a missed tick). */
export const DIGEST_CATCH_UP_MINUTES = 60;

export type TDigestSlot = { isDue: boolean; digestDate: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(timeZone: string, at: Date): { date: string; minutes: number } {
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

/** Whether a digest at `digestTime` in `timeZone` is due at the half-hour tick `at`, and for which local date. */
export function digestSlot(timeZone: string, digestTime: string, at: Date): TDigestSlot {
  const local = localParts(timeZone, at);
  const slot = local.minutes - (local.minutes % 30);
  const [hours = 0, minutes = 0] = digestTime.split(":").map(Number);
  const late = slot - (hours * 60 + minutes);
  return { isDue: late >= 0 && late < DIGEST_CATCH_UP_MINUTES, digestDate: local.date };
}
