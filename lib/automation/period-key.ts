// The period a scheduled run belongs to (UTC), e.g. "2026-11-29T06" for a 6-hourly job at 07:12.
// Two triggers of the same job in the same period share a key, so the second does nothing.

export type TPeriod = "day" | "6h" | "hour" | "30m" | "15m" | "minute";

const pad = (value: number) => String(value).padStart(2, "0");

export function periodKey(period: TPeriod, at: Date): string {
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const hour = at.getUTCHours();
  switch (period) {
    case "day":
      return date;
    case "6h":
      return `${date}T${pad(hour - (hour % 6))}`;
    case "hour":
      return `${date}T${pad(hour)}`;
    case "30m":
      return `${date}T${pad(hour)}:${pad(at.getUTCMinutes() < 30 ? 0 : 30)}`;
    case "15m":
      return `${date}T${pad(hour)}:${pad(at.getUTCMinutes() - (at.getUTCMinutes() % 15))}`;
    case "minute":
      return `${date}T${pad(hour)}:${pad(at.getUTCMinutes())}`;
  }
}
