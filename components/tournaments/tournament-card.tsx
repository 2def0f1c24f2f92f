import Link from "next/link";
import type { TTournamentSummary } from "@/lib/tournaments/queries/list-tournaments";
import { TournamentStatusBadge } from "./status-badge";
import { DateTime } from "@/components/ui/time";

export function TournamentCard({ tournament, timeZone }: { tournament: TTournamentSummary; timeZone: string }) {
  const dateLine =
    tournament.status === "COMPLETED" && tournament.completedAt ? (
      <>
        Finished <DateTime value={tournament.completedAt} timeZone={timeZone} withTime={false} />
      </>
    ) : tournament.startsAt ? (
      <>
        {tournament.status === "REGISTRATION" ? "Starts" : "Started"}{" "}
        <DateTime value={tournament.startsAt} timeZone={timeZone} />
      </>
    ) : (
      "Start date to be announced"
    );
  return (
    <Link
      href={`/tournaments/${tournament.slug}`}
      className="group block h-full rounded-xl border border-zinc-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-500 hover:bg-brand-50/40"
    >
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold text-zinc-900 group-hover:text-brand-700">{tournament.name}</h3>
        <TournamentStatusBadge status={tournament.status} />
      </div>
      <p className="mt-1 text-sm text-zinc-600">{tournament.game}</p>
      <p className="mt-3 text-xs text-zinc-500">{dateLine}</p>
      <p className="mt-1 text-xs text-zinc-500">
        {tournament.teamCount} {tournament.teamCount === 1 ? "team" : "teams"} · {tournament.matchCount}{" "}
        {tournament.matchCount === 1 ? "match" : "matches"}
      </p>
    </Link>
  );
}
