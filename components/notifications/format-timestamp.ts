// A notification's full timestamp in the reader's time zone (the `title` of its <time>; the relative
// text comes from components/ui/time.tsx).
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
