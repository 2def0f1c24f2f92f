import Link from "next/link";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/time";
import type { TTeamMatch } from "@/lib/teams/queries/get-team-profile";

const RESULT: Record<"W" | "D" | "L", { label: string; tone: TBadgeTone }> = {
  W: { label: "Win", tone: "success" },
  D: { label: "Draw", tone: "neutral" },
  L: { label: "Loss", tone: "danger" },
};

function MatchRow({ match, timeZone }: { match: TTeamMatch; timeZone: string }) {
  const when = match.completedAt ?? match.scheduledAt;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2.5">
      <div className="min-w-0">
        <p className="font-medium text-zinc-900">
          vs{" "}
          <Link
            href={`/teams/${match.opponent.slug}`}
            className="underline-offset-2 hover:text-brand-700 hover:underline"
          >
            {match.opponent.name}
          </Link>{" "}
          <span className="text-xs font-normal text-zinc-500">[{match.opponent.tag}]</span>
        </p>
        <p className="text-xs text-zinc-500">
          <Link
            href={`/tournaments/${match.tournament.slug}`}
            className="underline-offset-2 hover:text-brand-700 hover:underline"
          >
            {match.tournament.name}
          </Link>{" "}
          · Round {match.round}
          {when ? (
            <>
              {" "}
              · <DateTime value={when} timeZone={timeZone} />
            </>
          ) : (
            " · time to be announced"
          )}
        </p>
      </div>
      {match.score ? (
        <div className="flex items-center gap-2">
          <span className="font-mono text-sm font-semibold tabular-nums">
            {match.score.own ?? "–"}–{match.score.opponent ?? "–"}
          </span>
          <Badge tone={RESULT[match.score.result].tone}>{RESULT[match.score.result].label}</Badge>
        </div>
      ) : (
        <Badge tone="brand">Scheduled</Badge>
      )}
    </li>
  );
}

export function TeamMatches({
  recent,
  upcoming,
  timeZone,
}: {
  recent: TTeamMatch[];
  upcoming: TTeamMatch[];
  timeZone: string;
}) {
  return (
    <Card title="Matches" headingId="matches-heading">
      <div className="space-y-5">
        <div>
          <h3 className="text-sm font-semibold text-zinc-800">Upcoming</h3>
          {upcoming.length === 0 ? (
            <p className="mt-1 text-sm text-zinc-600">
              Nothing scheduled. Matches appear here once a tournament bracket is published.
            </p>
          ) : (
            <ul className="divide-y divide-zinc-100">
              {upcoming.map((match) => (
                <MatchRow key={match.id} match={match} timeZone={timeZone} />
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="text-sm font-semibold text-zinc-800">Recent results</h3>
          {recent.length === 0 ? (
            <p className="mt-1 text-sm text-zinc-600">No completed matches yet.</p>
          ) : (
            <ul className="divide-y divide-zinc-100">
              {recent.map((match) => (
                <MatchRow key={match.id} match={match} timeZone={timeZone} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}
