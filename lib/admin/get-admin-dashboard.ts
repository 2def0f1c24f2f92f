// Everything the admin dashboard shows, read in one go (a handful of queries, all `select`):
// tournaments with their payout status, automation runs (optionally of one job), the scheduled jobs
// with their latest run, the outbox, pending sponsorships, promotions, recent announcements, and
// the teams for the forms' pickers. Admins only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { isScheduledJobName, SCHEDULED_JOBS, type TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import { getDeliveryHealth } from "./get-delivery-health";
import { getOutboxStatus } from "./get-outbox-status";
import { listAdminTournaments } from "./list-admin-tournaments";
import { listAutomationRuns, listLastRunPerJob, type TLastRun } from "./list-automation-runs";
import { toExternalLink } from "@/lib/links/safe-link";
import { getPayoutStatuses } from "@/lib/payouts/get-payout-status";
import { PAYOUT_JOB } from "@/lib/payouts/payout-keys";

const RECENT_ANNOUNCEMENTS = 10;
const RECENTLY_DECIDED_SPONSORS = 5;

export type TAdminJob = { name: TScheduledJobName; description: string; schedule: string; lastRun: TLastRun | null };
export type TAdminDashboard = Awaited<ReturnType<typeof getAdminDashboard>>;

export async function getAdminDashboard(actor: TActor, { runJob = null }: { runJob?: string | null } = {}) {
  assertAdmin(actor);
  const [
    viewer,
    tournaments,
    runs,
    lastRuns,
    outbox,
    deliveries,
    teams,
    sponsors,
    decidedSponsors,
    promotions,
    announcements,
  ] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { timezone: true } }),
    listAdminTournaments(),
    listAutomationRuns({ job: runJob }),
    listLastRunPerJob(),
    getOutboxStatus(),
    getDeliveryHealth(),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.teamSponsor.findMany({
      where: { status: "PENDING" },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        name: true,
        websiteUrl: true,
        startsAt: true,
        endsAt: true,
        createdAt: true,
        team: { select: { name: true, slug: true } },
      },
    }),
    db.teamSponsor.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { updatedAt: "desc" },
      take: RECENTLY_DECIDED_SPONSORS,
      select: {
        id: true,
        name: true,
        status: true,
        startsAt: true,
        endsAt: true,
        updatedAt: true,
        team: { select: { name: true } },
      },
    }),
    db.teamPromotion.findMany({
      where: { status: { in: ["SCHEDULED", "ACTIVE"] } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        startsAt: true,
        endsAt: true,
        team: { select: { name: true } },
      },
    }),
    db.announcement.findMany({
      orderBy: { createdAt: "desc" },
      take: RECENT_ANNOUNCEMENTS,
      select: {
        id: true,
        title: true,
        audience: true,
        targetId: true,
        recipientCount: true,
        createdAt: true,
        sentAt: true,
        createdBy: { select: { name: true } },
      },
    }),
  ]);

  const completed = tournaments.filter((tournament) => tournament.status === "COMPLETED");
  const payoutStatuses = new Map(
    (await getPayoutStatuses(completed.map((tournament) => tournament.id))).map(
      (status) => [status.tournamentId, status] as const,
    ),
  );

  // A run about a tournament (a payout run) shows the tournament's name in the runs table.
  const tournamentNames = new Map(tournaments.map((tournament) => [tournament.id, tournament.name]));
  const names = new Map<string, string>([
    ...teams.map((team) => [team.id, team.name] as const),
    ...tournaments.map((tournament) => [tournament.id, tournament.name] as const),
  ]);
  const lastRunByJob = new Map(lastRuns.map((run) => [run.job, run]));

  return {
    timeZone: viewer?.timezone ?? "UTC",
    tournaments: tournaments.map((tournament) => ({
      ...tournament,
      payout: payoutStatuses.get(tournament.id) ?? null,
    })),
    runs: runs.map(({ subjectType, subjectId, ...run }) => ({
      ...run,
      subject: subjectType === "TOURNAMENT" && subjectId ? (tournamentNames.get(subjectId) ?? null) : null,
    })),
    runFilter: {
      job: runJob,
      jobs: [...new Set([...Object.keys(SCHEDULED_JOBS), PAYOUT_JOB, ...lastRuns.map((run) => run.job)])].sort(),
    },
    jobs: Object.keys(SCHEDULED_JOBS)
      .filter(isScheduledJobName)
      .map((name): TAdminJob => ({
        name,
        description: SCHEDULED_JOBS[name].description,
        schedule: SCHEDULED_JOBS[name].schedule,
        lastRun: lastRunByJob.get(name) ?? null,
      })),
    outbox,
    deliveries,
    teams,
    sponsors: {
      pending: sponsors.map((sponsor) => ({ ...sponsor, websiteUrl: toExternalLink(sponsor.websiteUrl) })),
      decided: decidedSponsors,
    },
    promotions,
    announcements: announcements.map((announcement) => ({
      ...announcement,
      targetName: announcement.targetId
        ? (names.get(announcement.targetId) ?? (announcement.audience === "TEAM" ? "a team" : "a tournament"))
        : null,
    })),
  };
}
