import Link from "next/link";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatCoins } from "@/lib/format/format-coins";
import { placeLabel } from "@/lib/payouts/places";
import type { TTournamentDetail } from "@/lib/tournaments/queries/get-tournament-detail";
import { DateTime } from "@/components/ui/time";
import { Medal } from "lucide-react";

/** Medal colours for the podium (the icon is decorative: the place is written next to it). */
const PLACE_COLOR: Record<number, string> = { 1: "text-amber-500", 2: "text-zinc-400", 3: "text-orange-700" };

const PAYOUT_SUMMARY: Record<TTournamentDetail["payouts"]["state"], { label: string; tone: TBadgeTone; note: string }> =
  {
    paid: { label: "Prizes paid", tone: "success", note: "Every prize was paid to the team captain's coin balance." },
    partial: {
      label: "Partly paid",
      tone: "warning",
      note: "Some prizes are paid; the rest follow when an admin runs the payout again.",
    },
    pending: {
      label: "Payout pending",
      tone: "warning",
      note: "Prizes are paid to each team captain once an admin distributes the payouts.",
    },
    none: { label: "No prizes", tone: "neutral", note: "This tournament has no prizes to pay." },
  };

export function FinalStandings({ tournament, timeZone }: { tournament: TTournamentDetail; timeZone: string }) {
  const summary = PAYOUT_SUMMARY[tournament.payouts.state];
  return (
    <Card
      title="Final standings"
      headingId="standings-heading"
      description={summary.note}
      actions={
        <span data-testid="payout-status">
          <Badge tone={summary.tone}>{summary.label}</Badge>
        </span>
      }
    >
      {tournament.placements.length === 0 ? (
        <p className="text-sm text-zinc-600">Final placements have not been recorded yet.</p>
      ) : (
        <ol className="divide-y divide-zinc-100">
          {tournament.placements.map((placement) => (
            <li key={placement.place} className="grid grid-cols-[3.5rem_minmax(0,1fr)_auto] items-center gap-3 py-2.5">
              <span className="whitespace-nowrap font-mono text-sm font-semibold text-zinc-700">
                {PLACE_COLOR[placement.place] ? (
                  <Medal aria-hidden className={`inline size-4 align-[-3px] ${PLACE_COLOR[placement.place]}`} />
                ) : null}{" "}
                {placeLabel(placement.place)}
              </span>
              <Link
                href={`/teams/${placement.team.slug}`}
                className="font-medium text-zinc-900 underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {placement.team.name}
              </Link>
              <div className="text-right text-sm">
                {placement.prize > 0 ? (
                  <>
                    <span className="whitespace-nowrap font-mono font-semibold">{formatCoins(placement.prize)}</span>
                    <span className="block whitespace-nowrap text-xs text-zinc-500">
                      {placement.paid ? (
                        <>
                          Paid <DateTime value={placement.paid.paidAt} timeZone={timeZone} withTime={false} />
                        </>
                      ) : (
                        "Not paid yet"
                      )}
                    </span>
                  </>
                ) : (
                  <span className="text-xs text-zinc-500">No prize</span>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
