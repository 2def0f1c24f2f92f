// The one absolute date-time format of the app: pages, the admin dashboard, the notification center,
// the bell and notification emails (their time tokens, lib/notifications/content/time-tokens.ts).
// Always in the reader's time zone, naming it. Pure, so server and browser agree; in lib because
// view models in lib (the inbox's) format times too, and lib may not import components.

/** "Sun, 29 Nov 2026, 17:23 UTC" (or "Sun, 29 Nov 2026" without the time); an unknown zone reads as UTC. */
export function formatDateTime(
  value: Date | string,
  timeZone: string,
  { withTime = true }: { withTime?: boolean } = {},
): string {
  const date = new Date(value);
  const options: Intl.DateTimeFormatOptions = {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
  };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  } catch {
    // A zone this runtime does not know (an old browser, a stale stored name) throws a RangeError.
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date);
  }
}
