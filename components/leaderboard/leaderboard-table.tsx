import Link from "next/link";
import type { TLeaderboardRow } from "@/lib/teams/queries/get-leaderboard";

const TOP_RANK_STYLE: Record<number, string> = {
  1: "bg-amber-100 text-amber-900",
  2: "bg-zinc-200 text-zinc-800",
  3: "bg-orange-100 text-orange-900",
};

/** Rank, team, tag, points, W/D/L and games played; unranked teams (rank null) show "—". */
export function LeaderboardTable({ rows }: { rows: TLeaderboardRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption className="sr-only">
          Team rankings: rank, team, tag, points, wins, draws, losses and games played
        </caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-semibold uppercase tracking-wide text-zinc-600">
          <tr>
            <th scope="col" className="w-14 px-3 py-2.5 text-center sm:px-4">
              Rank
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4">
              Team
            </th>
            <th scope="col" className="hidden px-4 py-2.5 sm:table-cell">
              Tag
            </th>
            <th scope="col" className="px-3 py-2.5 text-right sm:px-4">
              <abbr title="Points" className="no-underline">
                Pts
              </abbr>
            </th>
            <th scope="col" className="px-3 py-2.5 text-right sm:px-4">
              <abbr title="Wins / draws / losses" className="no-underline">
                W/D/L
              </abbr>
            </th>
            <th scope="col" className="px-3 py-2.5 text-right sm:px-4">
              <abbr title="Games played" className="no-underline">
                GP
              </abbr>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50">
              <td className="px-3 py-3 text-center sm:px-4">
                {row.rank === null ? (
                  <span className="text-zinc-500" aria-label="Not ranked yet">
                    —
                  </span>
                ) : (
                  <span
                    className={`inline-flex h-7 min-w-7 items-center justify-center rounded-full px-1.5 font-mono text-sm font-semibold ${TOP_RANK_STYLE[row.rank] ?? "text-zinc-700"}`}
                  >
                    {row.rank}
                  </span>
                )}
              </td>
              <td className="px-3 py-3 sm:px-4">
                <Link
                  href={`/teams/${row.slug}`}
                  className="font-medium text-zinc-900 underline-offset-2 hover:text-brand-700 hover:underline"
                >
                  {row.name}
                </Link>
                <span className="ml-1.5 text-xs text-zinc-500 sm:hidden">[{row.tag}]</span>
              </td>
              <td className="hidden px-4 py-3 font-mono text-xs text-zinc-600 sm:table-cell">{row.tag}</td>
              <td className="px-3 py-3 text-right font-mono font-semibold tabular-nums sm:px-4">{row.points}</td>
              <td className="whitespace-nowrap px-3 py-3 text-right font-mono tabular-nums text-zinc-700 sm:px-4">
                <span className="sr-only">
                  {row.wins} wins, {row.draws} draws, {row.losses} losses
                </span>
                <span aria-hidden>
                  {row.wins}/{row.draws}/{row.losses}
                </span>
              </td>
              <td className="px-3 py-3 text-right font-mono tabular-nums text-zinc-700 sm:px-4">{row.gamesPlayed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
