import type { Metadata } from "next";
import { TournamentCard } from "@/components/tournaments/tournament-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";
import { listTournaments } from "@/lib/tournaments/queries/list-tournaments";
import { Trophy } from "lucide-react";

export const metadata: Metadata = { title: "Tournaments" };
export const dynamic = "force-dynamic";

export default async function TournamentsPage() {
  const viewer = await getSessionUser();
  const [groups, timeZone] = await Promise.all([
    listTournaments({ includeDrafts: viewer?.role === "ADMIN" }),
    getViewerTimeZone(viewer?.id),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title="Tournaments"
        description="Live brackets, open registrations and final standings with prizes."
      />
      {groups.length === 0 ? (
        <EmptyState icon={<Trophy className="mx-auto size-8" />} title="No tournaments yet">
          When an admin opens a tournament for registration it appears here, and captains can sign their team up.
        </EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.status} aria-labelledby={`group-${group.status}`}>
            <h2 id={`group-${group.status}`} className="mb-3 text-lg font-semibold">
              {group.heading} <span className="text-sm font-normal text-zinc-500">({group.tournaments.length})</span>
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {group.tournaments.map((tournament) => (
                <li key={tournament.id}>
                  <TournamentCard tournament={tournament} timeZone={timeZone} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
