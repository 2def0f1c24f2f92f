// Says how current the standings are: when the rankings job last ran, and — when results were posted
// since — that an update is pending, so zeros and old ranks next to new results are never a mystery.
import { RefreshCw } from "lucide-react";
import { RelativeTime } from "@/components/ui/time";
import type { TRankingsFreshness } from "@/lib/rankings/get-rankings-freshness";

export function RankingsFreshness({
  freshness,
  timeZone,
  className = "",
}: {
  freshness: TRankingsFreshness;
  timeZone: string;
  className?: string;
}) {
  const { updatedAt, pendingResults } = freshness;
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-600 ${className}`}
      data-testid="rankings-freshness"
    >
      <RefreshCw aria-hidden className="size-3.5" />
      {updatedAt ? (
        <span>
          Rankings last updated <RelativeTime value={updatedAt} timeZone={timeZone} />
        </span>
      ) : (
        <span>Rankings are computed by the rankings job</span>
      )}
      {pendingResults > 0 ? (
        <span className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900">
          Update pending: {pendingResults} {pendingResults === 1 ? "result is" : "results are"} not counted yet
        </span>
      ) : null}
    </p>
  );
}
