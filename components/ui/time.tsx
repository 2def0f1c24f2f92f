// Dates on screen, as <time> elements: absolute in the viewer's time zone (lib/format/format-date-time.ts),
// or relative ("in 3 days", "2 hours ago", lib/format/format-relative-time.ts) with the absolute
// time beside it or as its tooltip. The one relative-time component of the app: pages, the bell,
// the admin dashboard.
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatRelativeTime } from "@/lib/format/format-relative-time";

export function DateTime({ value, timeZone, withTime = true }: { value: Date; timeZone: string; withTime?: boolean }) {
  return <time dateTime={value.toISOString()}>{formatDateTime(value, timeZone, { withTime })}</time>;
}

type TRelativeTimeProps = {
  value: Date | string;
  /** Pass it where server and browser must agree; without it, "now" is when this renders. */
  now?: Date | string;
  /** The viewer's zone for the exact time; default: this runtime's (the browser's, in a client component). */
  timeZone?: string;
  /** The exact time already formatted on the server in the viewer's zone (instead of `timeZone`). */
  preciseText?: string;
  /** Where the exact time goes: a tooltip, the line below, or in brackets after. */
  exact?: "tooltip" | "below" | "inline";
  className?: string;
};

export function RelativeTime({ value, now, timeZone, preciseText, exact = "tooltip", className }: TRelativeTimeProps) {
  const iso = new Date(value).toISOString();
  const precise = preciseText ?? formatDateTime(value, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const relative = formatRelativeTime(value, now);
  // Without a shared "now", server and browser may word it differently a moment apart.
  const isLive = now === undefined;
  if (exact === "tooltip") {
    return (
      <time dateTime={iso} title={precise} className={className} suppressHydrationWarning={isLive}>
        {relative}
      </time>
    );
  }
  return (
    <time dateTime={iso} className={exact === "below" ? `flex flex-col ${className ?? ""}`.trim() : className}>
      <span suppressHydrationWarning={isLive}>{relative}</span>
      {exact === "below" ? (
        <span className="text-xs text-zinc-500">{precise}</span>
      ) : (
        <span className="text-zinc-500"> ({precise})</span>
      )}
    </time>
  );
}
