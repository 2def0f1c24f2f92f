import { formatRelativeTime } from "@/components/ui/time";
import { formatDateTime } from "./format";

/** A time as "3 hours ago" with the exact time (viewer's zone) beside it or as its tooltip. */
export function When({ at, timeZone, exact = "tooltip" }: { at: Date; timeZone: string; exact?: "tooltip" | "below" | "inline" }) {
  const precise = formatDateTime(at, timeZone);
  if (exact === "tooltip") {
    return (
      <time dateTime={at.toISOString()} title={precise}>
        {formatRelativeTime(at)}
      </time>
    );
  }
  return (
    <time dateTime={at.toISOString()} className={exact === "below" ? "flex flex-col" : undefined}>
      <span>{formatRelativeTime(at)}</span>
      {exact === "below" ? <span className="text-xs text-zinc-500">{precise}</span> : <span className="text-zinc-500"> ({precise})</span>}
    </time>
  );
}
