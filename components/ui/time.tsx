// Dates as people read them: absolute in the viewer's time zone (with the zone named), or relative
// ("in 3 days", "2 hours ago") with the absolute time as a tooltip. The one relative-time rule of the
// app (pages, the bell, the admin dashboard). Pure: callers pass "now", so server and browser agree.
const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

export function formatDateTime(date: Date, timeZone: string, { withTime = true }: { withTime?: boolean } = {}): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
  }).format(date);
}

/** "in 3 days", "2 hours ago", "just now" — the largest unit that fits, rounded toward the nearer. */
export function formatRelativeTime(date: Date | string, now: Date | string = new Date()): string {
  const seconds = (new Date(date).getTime() - new Date(now).getTime()) / 1000;
  if (Number.isNaN(seconds)) return "";
  const abs = Math.abs(seconds);
  if (abs < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (abs >= size * 0.9 || unit === "second") return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return RELATIVE.format(Math.round(seconds), "second");
}

export function DateTime({ value, timeZone, withTime = true }: { value: Date; timeZone: string; withTime?: boolean }) {
  return <time dateTime={value.toISOString()}>{formatDateTime(value, timeZone, { withTime })}</time>;
}

export function RelativeTime({ value, now, timeZone }: { value: Date; now: Date; timeZone: string }) {
  return (
    <time dateTime={value.toISOString()} title={formatDateTime(value, timeZone)}>
      {formatRelativeTime(value, now)}
    </time>
  );
}
