import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FinalStandings } from "@/components/tournaments/final-standings";
import { MatchRounds } from "@/components/tournaments/match-rounds";
import { TournamentStatusBadge } from "@/components/tournaments/status-badge";
import { RegisteredTeams, TournamentFacts } from "@/components/tournaments/tournament-sidebar";
import { RegistrationPanel } from "@/components/tournaments/registration-panel";
import { getSessionUser } from "@/lib/auth/session";
import { MuteMenu } from "@/components/notifications/mute-menu";
import { listMutes } from "@/lib/notifications/mutes/list-mutes";
import { getPlayerTeam } from "@/lib/teams/queries/get-player-team";
import { isRegistrationOpen } from "@/lib/tournaments/is-registration-open";
import { getTournamentDetail } from "@/lib/tournaments/queries/get-tournament-detail";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }> };

const loadTournament = cache(async (slug: string) => {
  const viewer = await getSessionUser();
  return getTournamentDetail(slug, { includeDrafts: viewer?.role === "ADMIN" });
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const tournament = await loadTournament((await params).slug);
  return { title: tournament?.name ?? "Tournament not found" };
}

const EMPTY_MATCHES: Record<string, string> = {
  DRAFT: "No matches yet: the bracket is published once registration closes.",
  REGISTRATION: "Registration is open. Matches appear here when the bracket is published.",
  ONGOING: "No matches scheduled yet.",
  COMPLETED: "No matches were recorded.",
  CANCELLED: "This tournament was cancelled before any match.",
};

export default async function TournamentPage({ params }: TProps) {
  const { slug } = await params;
  const [tournament, viewer] = await Promise.all([loadTournament(slug), getSessionUser()]);
  if (!tournament) notFound();
  const [timeZone, team, mutes] = await Promise.all([
    getViewerTimeZone(viewer?.id),
    viewer ? getPlayerTeam(viewer.id) : null,
    viewer ? listMutes(viewer.id, { tournamentId: tournament.id }) : [],
  ]);
  const isOpen = isRegistrationOpen(tournament, new Date());

  return (
    <div className="space-y-6">
      <div>
        <Link href="/tournaments" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← All tournaments
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{tournament.name}</h1>
          <TournamentStatusBadge status={tournament.status} />
          {viewer ? (
            <MuteMenu target={{ tournamentId: tournament.id }} name={tournament.name} isMuted={mutes.length > 0} />
          ) : null}
        </div>
        <p className="mt-1 text-zinc-600">
          {tournament.game} · {tournament.teams.length} {tournament.teams.length === 1 ? "team" : "teams"} ·{" "}
          {tournament.matchCount} {tournament.matchCount === 1 ? "match" : "matches"}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {tournament.status === "COMPLETED" ? <FinalStandings tournament={tournament} timeZone={timeZone} /> : null}
          <MatchRounds
            rounds={tournament.rounds}
            timeZone={timeZone}
            emptyNote={EMPTY_MATCHES[tournament.status] ?? "No matches yet."}
          />
        </div>
        <div className="space-y-6">
          {isOpen ? (
            <RegistrationPanel
              tournament={{
                id: tournament.id,
                name: tournament.name,
                slug: tournament.slug,
                isRegistered: tournament.teams.some((registered) => registered.id === team?.id),
              }}
              team={team}
              isSignedIn={Boolean(viewer)}
            />
          ) : null}
          <TournamentFacts tournament={tournament} timeZone={timeZone} />
          <RegisteredTeams teams={tournament.teams} status={tournament.status} />
        </div>
      </div>
    </div>
  );
}
