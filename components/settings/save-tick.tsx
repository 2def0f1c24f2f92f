// The status beside a control that saves on its own: "Saving…", a "Saved" tick, or why it was not
// saved. Controls point at it with aria-describedby, so the status is part of what they announce.
import { Check, CircleAlert, LoaderCircle } from "lucide-react";
import type { TSaveStatus } from "./save-status-state";

export function SaveTick({
  id,
  status,
  isCompact = false,
  className = "",
}: {
  id: string;
  status: TSaveStatus | undefined;
  /** In a narrow table cell: a short word only; the reason is shown by the row (RowErrors). */
  isCompact?: boolean;
  className?: string;
}) {
  const base = `flex items-center gap-1 text-xs font-medium ${className}`;
  if (!status) return <span id={id} className={base} />;
  if (status.phase === "saving")
    return (
      <span id={id} className={`${base} text-zinc-600`}>
        <LoaderCircle aria-hidden className="size-3.5 shrink-0 animate-spin" />
        Saving…
      </span>
    );
  if (status.phase === "saved")
    return (
      <span id={id} className={`${base} text-emerald-700`}>
        <Check aria-hidden className="size-3.5 shrink-0" />
        Saved
      </span>
    );
  return (
    <span id={id} role={isCompact ? undefined : "alert"} className={`${base} text-red-700`}>
      <CircleAlert aria-hidden className="size-3.5 shrink-0" />
      {isCompact ? "Not saved" : `Not saved: ${status.error}`}
    </span>
  );
}
