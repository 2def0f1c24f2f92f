// /admin — the admin dashboard. The layout of this group decides who may see it (see there); the
// page checks again itself: signed out → sign-in, signed in without the ADMIN role → the 403 page.
import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { AnnouncementsCard } from "@/components/admin/announcements-card";
import { DeliveriesCard } from "@/components/admin/deliveries-card";
import { JobsCard } from "@/components/admin/jobs-card";
import { OutboxCard } from "@/components/admin/outbox-card";
import { PromotionsCard } from "@/components/admin/promotions-card";
import { RunsTable } from "@/components/admin/runs-table";
import { SponsorsCard } from "@/components/admin/sponsors-card";
import { CreateTournamentCard } from "@/components/admin/create-tournament-card";
import { TournamentCard } from "@/components/admin/tournament-card";
import { WorkerBanner } from "@/components/admin/worker-banner";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminDashboard } from "@/lib/admin/get-admin-dashboard";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Admin dashboard" };
export const dynamic = "force-dynamic";

const SECTIONS = [
  ["tournaments", "Tournaments"],
  ["jobs", "Jobs"],
  ["outbox", "Outbox"],
  ["deliveries", "Deliveries"],
  ["runs", "Runs"],
  ["announcements", "Announcements"],
  ["sponsors", "Sponsors"],
  ["promotions", "Promotions"],
] as const;

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/admin")}`);
  if (user.role !== "ADMIN") forbidden();

  const { job } = await searchParams;
  const dashboard = await getAdminDashboard(user, {
    runJob: typeof job === "string" && job.length <= 100 ? job : null,
  });
  const { timeZone } = dashboard;
  const failedDeliveries = dashboard.deliveries.channels.reduce((sum, channel) => sum + channel.counts.FAILED, 0);

  return (
    <div className="space-y-8">
      <PageHeader
        title="Admin dashboard"
        description="Run tournaments, pay prizes, reach players, and watch every automation run."
      />
      <WorkerBanner outbox={dashboard.outbox} timeZone={timeZone} />

      <nav aria-label="Dashboard sections" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex gap-2 whitespace-nowrap text-sm">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className="inline-block rounded-full border border-zinc-300 bg-white px-3 py-1 font-medium text-zinc-700 hover:border-brand-500 hover:text-brand-700"
              >
                {label}
                {id === "outbox" && dashboard.outbox.pendingCount ? (
                  <span className="ml-1 text-amber-700">({dashboard.outbox.pendingCount})</span>
                ) : null}
                {id === "deliveries" && failedDeliveries ? (
                  <span className="ml-1 text-red-700">({failedDeliveries})</span>
                ) : null}
                {id === "sponsors" && dashboard.sponsors.pending.length ? (
                  <span className="ml-1 text-amber-700">({dashboard.sponsors.pending.length})</span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="tournaments" className="space-y-4">
        <div>
          <h2 id="tournaments" className="text-xl font-semibold">
            Tournaments
          </h2>
          <p className="text-sm text-zinc-600">
            Under way first. Create one, schedule its matches, publish the bracket, post results, record final
            placements, and pay the prizes.
          </p>
        </div>
        <CreateTournamentCard />
        {dashboard.tournaments.length === 0 ? (
          <EmptyState title="No tournaments yet">
            Create the first one above: it opens for registration at once.
          </EmptyState>
        ) : (
          dashboard.tournaments.map((tournament) => (
            <TournamentCard key={tournament.id} tournament={tournament} timeZone={timeZone} />
          ))
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <JobsCard jobs={dashboard.jobs} timeZone={timeZone} />
        </div>
        <div className="lg:col-span-2">
          <OutboxCard outbox={dashboard.outbox} timeZone={timeZone} />
        </div>
      </div>

      <DeliveriesCard health={dashboard.deliveries} timeZone={timeZone} />

      <Card
        headingId="runs"
        title="Automation runs"
        description={`The latest runs, newest first. Times in ${timeZone}.`}
      >
        <RunsTable runs={dashboard.runs} filter={dashboard.runFilter} timeZone={timeZone} />
      </Card>

      <AnnouncementsCard dashboard={dashboard} />
      <SponsorsCard sponsors={dashboard.sponsors} timeZone={timeZone} />
      <PromotionsCard promotions={dashboard.promotions} teams={dashboard.teams} timeZone={timeZone} />
    </div>
  );
}
