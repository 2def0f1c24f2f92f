// "5 minutes ago" for a notification, and its full timestamp in the reader's time zone (for the
// `title` of its <time>). Pure: the caller passes "now", so server and client render the same text.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function formatRelativeTime(date: Date | string, now: Date | string): string {
  const seconds = Math.round((new Date(now).getTime() - new Date(date).getTime()) / 1000);
  // Clocks disagree by a little; a notification from "the future" happened just now.
  if (Number.isNaN(seconds)) return "";
  if (seconds < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return relative.format(-Math.floor(seconds / size), unit);
  }
  return relative.format(-1, "minute");
}

/** "Nov 28, 2026, 3:02 AM UTC" — in the given IANA zone (falls back to UTC for an unknown one). */
export function formatTimestamp(date: Date | string, timeZone = "UTC"): string {
  const value = new Date(date);
  const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  try {
    return plainSpaces(`${new Intl.DateTimeFormat("en-US", { ...options, timeZone }).format(value)} ${shortZoneName(value, timeZone)}`);
  } catch {
    return plainSpaces(`${new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" }).format(value)} UTC`);
  }
}

function shortZoneName(date: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(date).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** Newer ICU puts a narrow no-break space before AM/PM; Node and browsers may differ, so normalise. */
function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ").trim();
}
