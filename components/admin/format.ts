// How the admin dashboard writes times, durations and coins (relative times: components/ui/time.tsx).
// Pure, so server and client agree.
import { placeLabel } from "@/lib/payouts/places";

export { placeLabel };

/** "29 Nov 2026, 17:23 UTC" in the viewer's time zone (with the zone's short name). */
export function formatDateTime(value: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(new Date(value));
}

/** "29 Nov 2026" in the viewer's time zone. */
export function formatDate(value: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone }).format(new Date(value));
}

/** 840 → "840 ms", 2300 → "2.3 s", 65000 → "1 min 5 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** 1000 → "1,000 coins". */
export function formatCoins(amount: number): string {
  return `${amount.toLocaleString("en-US")} ${amount === 1 ? "coin" : "coins"}`;
}
