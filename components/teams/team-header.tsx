import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatCoins } from "@/lib/format/format-coins";

type TTeamHeaderProps = {
  team: {
    name: string;
    tag: string;
    rank: number | null;
    points: number;
    wins: number;
    draws: number;
    losses: number;
    gamesPlayed: number;
  };
  /** Only for the captain themself and admins. */
  captainBalance?: { amount: number; captainName: string; isOwn: boolean } | null;
};

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg bg-black/10 px-3 py-2 ring-1 ring-white/15">
      <dt className="text-xs font-medium uppercase tracking-wide text-brand-100">{label}</dt>
      <dd className="mt-0.5 font-mono text-lg font-semibold tabular-nums text-white" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function TeamHeader({ team, captainBalance }: TTeamHeaderProps) {
  return (
    <section
      aria-labelledby="team-name"
      className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-600 px-5 py-7 text-white shadow-sm sm:px-8"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="team-name" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {team.name}
        </h1>
        <span className="rounded-md bg-white/15 px-2 py-0.5 font-mono text-sm font-semibold text-white ring-1 ring-white/25">
          <span className="sr-only">Tag: </span>
          {team.tag}
        </span>
        {team.rank === null ? <Badge>Not ranked yet</Badge> : null}
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label="Rank">{team.rank === null ? "—" : `#${team.rank}`}</Stat>
        <Stat label="Points">{team.points}</Stat>
        <Stat label="W / D / L">
          <span className="sr-only">
            {team.wins} wins, {team.draws} draws, {team.losses} losses
          </span>
          <span aria-hidden>
            {team.wins} / {team.draws} / {team.losses}
          </span>
        </Stat>
        <Stat label="Played">{team.gamesPlayed}</Stat>
      </dl>
      {captainBalance ? (
        <div className="mt-4 flex flex-wrap items-baseline gap-x-2 gap-y-1 rounded-lg bg-white px-4 py-3 text-zinc-900">
          <span className="text-sm text-zinc-600">
            {captainBalance.isOwn ? "Your coin balance" : `${captainBalance.captainName}'s coin balance (captain)`}
          </span>
          <span className="font-mono text-lg font-bold text-brand-700" data-testid="captain-balance">
            {formatCoins(captainBalance.amount)}
          </span>
          <span className="w-full text-xs text-zinc-500 sm:ml-auto sm:w-auto">
            Only the captain and admins see this.
          </span>
        </div>
      ) : null}
    </section>
  );
}
