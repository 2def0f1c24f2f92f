// /admin — the dashboard's Tournaments section: create one, schedule its matches, publish the
// bracket, post results, record placements and pay the prizes. The layout decides who may see it;
// the page checks again itself.
import type { Metadata } from "next";
import { CreateTournamentCard } from "@/components/admin/create-tournament-card";
import { TournamentCard } from "@/components/admin/tournament-card";
import { EmptyState } from "@/components/ui/empty-state";
import { getAdminTournaments } from "@/lib/admin/get-admin-tournaments";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Tournaments · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminTournamentsPage() {
  const user = await requireAdminOrForbidden("/admin");
  const [tournaments, timeZone] = await Promise.all([getAdminTournaments(user), getViewerTimeZone(user.id)]);
  return (
    <section aria-labelledby="tournaments" className="space-y-4">
      <div>
        <h2 id="tournaments" className="text-xl font-semibold">
          Tournaments
        </h2>
        <p className="text-sm text-zinc-600">
          Under way first. Create one, schedule its matches, publish the bracket, post results, record final placements,
          and pay the prizes.
        </p>
      </div>
      <CreateTournamentCard />
      {tournaments.length === 0 ? (
        <EmptyState title="No tournaments yet">
          Create the first one above: it opens for registration at once.
        </EmptyState>
      ) : (
        tournaments.map((tournament) => (
          <TournamentCard key={tournament.id} tournament={tournament} timeZone={timeZone} />
        ))
      )}
    </section>
  );
}
