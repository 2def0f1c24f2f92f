// The one relative-time rule of the app ("in 3 days", "2 hours ago"): pages, the bell, the
// notification center and the admin dashboard. Pure: callers pass "now", so server and browser agree.
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
