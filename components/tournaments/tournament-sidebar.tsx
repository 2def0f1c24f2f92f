import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCoins } from "@/lib/format/format-coins";
import { placeLabel } from "@/lib/payouts/places";
import type { TTournamentDetail } from "@/lib/tournaments/queries/get-tournament-detail";
import { DateTime } from "@/components/ui/time";

export function TournamentFacts({ tournament, timeZone }: { tournament: TTournamentDetail; timeZone: string }) {
  const prizes = tournament.prizes
    .map((amount, index) => ({ place: index + 1, amount }))
    .filter((prize) => prize.amount > 0);
  return (
    <Card title="Details" headingId="details-heading">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-zinc-500">Game</dt>
        <dd className="font-medium">{tournament.game}</dd>
        <dt className="text-zinc-500">Starts</dt>
        <dd>
          {tournament.startsAt ? <DateTime value={tournament.startsAt} timeZone={timeZone} /> : "To be announced"}
        </dd>
        {tournament.bracketPublishedAt ? (
          <>
            <dt className="text-zinc-500">Bracket</dt>
            <dd>
              Published <DateTime value={tournament.bracketPublishedAt} timeZone={timeZone} withTime={false} />
            </dd>
          </>
        ) : null}
        {tournament.completedAt ? (
          <>
            <dt className="text-zinc-500">Finished</dt>
            <dd>
              <DateTime value={tournament.completedAt} timeZone={timeZone} />
            </dd>
          </>
        ) : null}
        <dt className="text-zinc-500">Prizes</dt>
        <dd>
          {prizes.length === 0 ? (
            "None"
          ) : (
            <ul>
              {prizes.map((prize) => (
                <li key={prize.place}>
                  {placeLabel(prize.place)} <span className="font-mono">{formatCoins(prize.amount)}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </Card>
  );
}

export function RegisteredTeams({
  teams,
  status,
}: {
  teams: TTournamentDetail["teams"];
  status: TTournamentDetail["status"];
}) {
  return (
    <Card
      title="Registered teams"
      headingId="teams-heading"
      description={`${teams.length} ${teams.length === 1 ? "team" : "teams"}`}
    >
      {teams.length === 0 ? (
        <p className="text-sm text-zinc-600">
          {status === "REGISTRATION"
            ? "No team has registered yet. Captains sign their team up while registration is open."
            : "No teams registered."}
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100">
          {teams.map((team) => (
            <li key={team.id} className="flex items-center justify-between gap-2 py-2 text-sm">
              <Link
                href={`/teams/${team.slug}`}
                className="font-medium underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {team.name}
              </Link>
              <span className="font-mono text-xs text-zinc-500">{team.tag}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
