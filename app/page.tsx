import Link from "next/link";
import { PlayerHome } from "@/components/home/player-home";
import { RankingsFreshness } from "@/components/leaderboard/rankings-freshness";
import { TOURNAMENT_STATUS } from "@/components/ui/enum-display";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getRankingsFreshness } from "@/lib/rankings/get-rankings-freshness";
import { getPlayerHome } from "@/lib/teams/queries/get-player-home";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getSessionUser();
  const [home, timeZone, freshness, tournaments, topTeams] = await Promise.all([
    user ? getPlayerHome(user.id) : null,
    getViewerTimeZone(user?.id),
    getRankingsFreshness(),
    db.tournament.findMany({
      where: { status: { in: ["REGISTRATION", "ONGOING", "COMPLETED"] } },
      orderBy: [{ startsAt: "desc" }],
      take: 5,
      select: {
        id: true,
        name: true,
        game: true,
        status: true,
        startsAt: true,
        _count: { select: { registrations: true } },
      },
    }),
    db.team.findMany({
      orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { points: "desc" }, { name: "asc" }],
      take: 5,
      select: { id: true, name: true, tag: true, points: true, rank: true },
    }),
  ]);

  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-500 px-6 py-10 text-white shadow-sm sm:px-10">
        {user ? (
          <>
            <p className="text-sm font-medium uppercase tracking-wider text-brand-100">Welcome back</p>
            <h1 className="mt-1 text-3xl font-bold tracking-tight" data-testid="welcome-name">
              {user.name ?? user.email}
            </h1>
            <p className="mt-2 max-w-xl text-brand-50">
              {home?.team
                ? `${home.team.isCaptain ? "Captain" : "Player"} of ${home.team.name}.`
                : "You are a free agent: join a team from an invite, or create your own."}
            </p>
          </>
        ) : (
          <>
            <h1 className="text-3xl font-bold tracking-tight">Compete. Climb. Get paid.</h1>
            <p className="mt-2 max-w-xl text-brand-50">
              DeltaCrown runs the tournaments, ranks the teams and pays the prizes — and tells every player what
              happened.
            </p>
            <Link
              href="/sign-in"
              className="mt-6 inline-block rounded-md bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
            >
              Sign in to get started
            </Link>
          </>
        )}
      </section>

      {home ? <PlayerHome home={home} timeZone={timeZone} /> : null}

      <div className="grid gap-6 md:grid-cols-2">
        <section
          aria-labelledby="tournaments-heading"
          className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
        >
          <h2 id="tournaments-heading" className="text-lg font-semibold">
            Tournaments
          </h2>
          {tournaments.length === 0 ? (
            <p className="mt-3 text-sm text-zinc-600">No tournaments yet. Admins create them from the dashboard.</p>
          ) : (
            <ul className="mt-3 divide-y divide-zinc-100">
              {tournaments.map((tournament) => (
                <li key={tournament.id} className="flex items-center justify-between gap-3 py-2.5">
                  <div>
                    <p className="font-medium">{tournament.name}</p>
                    <p className="text-xs text-zinc-500">
                      {tournament.game} · {tournament._count.registrations} teams
                    </p>
                  </div>
                  <span className="shrink-0 rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700">
                    {TOURNAMENT_STATUS[tournament.status].label}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="teams-heading" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <h2 id="teams-heading" className="text-lg font-semibold">
            Top teams
          </h2>
          <RankingsFreshness freshness={freshness} timeZone={timeZone} className="mt-1" />
          {topTeams.length === 0 ? (
            <p className="mt-3 text-sm text-zinc-600">No teams yet.</p>
          ) : (
            <ol className="mt-3 divide-y divide-zinc-100">
              {topTeams.map((team, index) => (
                <li key={team.id} className="flex items-center justify-between gap-3 py-2.5">
                  <span>
                    <span className="mr-3 inline-block w-6 text-right font-mono text-sm text-zinc-500">
                      {team.rank ?? index + 1}
                    </span>
                    <span className="font-medium">{team.name}</span>{" "}
                    <span className="text-xs text-zinc-500">[{team.tag}]</span>
                  </span>
                  <span className="font-mono text-sm">{team.points} pts</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
