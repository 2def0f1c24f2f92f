import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TRound } from "@/lib/tournaments/queries/get-tournament-detail";
import { DateTime } from "@/components/ui/time";

type TMatch = TRound["matches"][number];

function outcome(match: TMatch): string {
  if (match.status === "CANCELLED") return "Cancelled";
  if (match.status !== "COMPLETED") return "Scheduled";
  if (match.winnerId === null) return "Draw";
  return `${match.winnerId === match.teamA.id ? match.teamA.name : match.teamB.name} won`;
}

/** One side of the scoreboard: team name (bold when it won) and its score once played. */
function Side({
  team,
  score,
  isWinner,
  isCompleted,
}: {
  team: TMatch["teamA"];
  score: number | null;
  isWinner: boolean;
  isCompleted: boolean;
}) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <Link
        href={`/teams/${team.slug}`}
        className={`min-w-0 truncate underline-offset-2 hover:text-brand-700 hover:underline ${isWinner ? "font-semibold text-zinc-900" : "text-zinc-800"}`}
      >
        {team.name}
      </Link>
      {isCompleted ? (
        <span className={`font-mono text-sm tabular-nums ${isWinner ? "font-bold text-zinc-900" : "text-zinc-700"}`}>
          {score ?? "–"}
        </span>
      ) : null}
    </div>
  );
}

function MatchRow({ match, timeZone }: { match: TMatch; timeZone: string }) {
  const isCompleted = match.status === "COMPLETED";
  const tone = isCompleted
    ? match.winnerId
      ? "success"
      : "neutral"
    : match.status === "CANCELLED"
      ? "danger"
      : "brand";
  return (
    <li className="grid gap-2 py-3 sm:grid-cols-[minmax(0,20rem)_1fr] sm:items-center sm:gap-6">
      <div className="space-y-1 rounded-lg bg-zinc-50 px-3 py-2 ring-1 ring-zinc-100">
        <Side
          team={match.teamA}
          score={match.scoreA}
          isWinner={isCompleted && match.winnerId === match.teamA.id}
          isCompleted={isCompleted}
        />
        <span className="sr-only">versus</span>
        <Side
          team={match.teamB}
          score={match.scoreB}
          isWinner={isCompleted && match.winnerId === match.teamB.id}
          isCompleted={isCompleted}
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:flex-col sm:items-start">
        <Badge tone={tone}>{outcome(match)}</Badge>
        <p className="text-xs text-zinc-500">
          {isCompleted && match.completedAt ? (
            <>
              Played <DateTime value={match.completedAt} timeZone={timeZone} />
            </>
          ) : match.scheduledAt ? (
            <DateTime value={match.scheduledAt} timeZone={timeZone} />
          ) : (
            "Time to be announced"
          )}
        </p>
      </div>
    </li>
  );
}

export function MatchRounds({
  rounds,
  timeZone,
  emptyNote,
}: {
  rounds: TRound[];
  timeZone: string;
  emptyNote: string;
}) {
  return (
    <Card title="Matches" headingId="matches-heading">
      {rounds.length === 0 ? (
        <p className="text-sm text-zinc-600">{emptyNote}</p>
      ) : (
        <div className="space-y-5">
          {rounds.map((round) => (
            <section key={round.round} aria-labelledby={`round-${round.round}`}>
              <h3
                id={`round-${round.round}`}
                className="border-b border-zinc-200 pb-1 text-sm font-semibold uppercase tracking-wide text-zinc-600"
              >
                Round {round.round}
              </h3>
              <ul className="divide-y divide-zinc-100">
                {round.matches.map((match) => (
                  <MatchRow key={match.id} match={match} timeZone={timeZone} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
