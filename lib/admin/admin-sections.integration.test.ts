import { beforeEach, describe, expect, it } from "vitest";
import { runScheduledJob } from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import { runDistributePayouts } from "@/lib/payouts/run-distribute-payouts";
import {
  ADMIN,
  expectNoNewEvents,
  outboxRows,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { failInngestSends } from "@/test-support/inngest-stand-in";
import { countPendingSponsors } from "./count-pending-sponsors";
import { getAdminAnnouncements } from "./get-admin-announcements";
import { getAdminJobs } from "./get-admin-jobs";
import { getAdminSponsors } from "./get-admin-sponsors";
import { getAdminTournaments } from "./get-admin-tournaments";
import { getDeliveryHealth } from "./get-delivery-health";
import { requestJob } from "./request-job";

beforeEach(async () => {
  await resetDemoData();
});

describe("the admin dashboard's sections", () => {
  it("are for admins only", async () => {
    for (const load of [
      getAdminTournaments,
      getAdminJobs,
      getAdminAnnouncements,
      getAdminSponsors,
      countPendingSponsors,
    ])
      await expect(load(player("jamie"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists the demo tournaments (under way first) with what their actions need", async () => {
    const tournaments = await getAdminTournaments(ADMIN);

    expect(tournaments.map((tournament) => [tournament.name, tournament.status])).toEqual([
      ["Nightfall Masters", "ONGOING"],
      ["Rocket Rumble Open", "REGISTRATION"],
      ["Crown Cup — Winter Qualifier", "COMPLETED"],
      ["Crown Cup — Season 1", "COMPLETED"],
    ]);
    const [ongoing, registration, , completed] = tournaments;
    expect(ongoing?.scheduledMatches.length).toBeGreaterThan(0);
    expect(ongoing?.teams).toHaveLength(4);
    expect(ongoing?.payout).toBeNull();
    expect(registration?.teams.map((team) => team.name).sort()).toEqual(["Azure Phantoms", "Golden Tide"]);
    expect(completed?.placements.slice(0, 3).map((placement) => placement.team.name)).toEqual([
      "Crimson Vanguard",
      "Golden Tide",
      "Azure Phantoms",
    ]);
    expect(completed?.prizes).toEqual([1000, 500, 250]);
    expect(completed?.payout).toMatchObject({ state: "idle", ledger: { rows: [] } });
  });

  it("shows runs newest first with a summary of each result, filterable by job", async () => {
    await runScheduledJob("expire-invites", "MANUAL");
    await runScheduledJob("process-promotions", "MANUAL");

    const all = await getAdminJobs(ADMIN);
    expect(all.runs.map((run) => [run.job, run.trigger, run.status, run.summary])).toEqual([
      ["process-promotions", "MANUAL", "SUCCEEDED", "expired 1 · activated 1"],
      ["expire-invites", "MANUAL", "SUCCEEDED", "expired 1"],
    ]);
    expect(all.jobs.find((job) => job.name === "expire-invites")?.lastRun).toMatchObject({ status: "SUCCEEDED" });
    expect(all.jobs.find((job) => job.name === "cleanup")?.lastRun).toBeNull();
    expect(all.runFilter.jobs).toContain("distribute-payouts");

    const filtered = await getAdminJobs(ADMIN, { runJob: "expire-invites" });
    expect(filtered.runs.map((run) => run.job)).toEqual(["expire-invites"]);
  });

  it("names the tournament of a payout run in the runs table", async () => {
    await runDistributePayouts({ tournamentId: seedId.tournament("completed"), trigger: "MANUAL" });
    await runScheduledJob("expire-invites", "MANUAL");

    const { runs } = await getAdminJobs(ADMIN);

    expect(runs.map((run) => [run.job, run.subject])).toEqual([
      ["expire-invites", null],
      ["distribute-payouts", "Crown Cup — Season 1"],
    ]);
  });

  it("shows the outbox's waiting events, the pending sponsorship, promotions and teams", async () => {
    const inngestDown = failInngestSends();
    try {
      await requestJob(ADMIN, { job: "expire-invites" });
    } finally {
      inngestDown.restore();
    }

    const { outbox } = await getAdminJobs(ADMIN);
    const dashboard = await getAdminSponsors(ADMIN);
    // The tab's badge counts the same pending sponsorships the section lists.
    expect(await countPendingSponsors(ADMIN)).toBe(dashboard.sponsors.pending.length);

    expect(outbox).toMatchObject({
      pendingCount: 1,
      oldestPending: { name: "jobs/expire-invites.requested", attempts: 1 },
    });
    expect(dashboard.sponsors.pending.map((sponsor) => [sponsor.name, sponsor.team.name])).toEqual([
      ["NorthPeak Chairs", "Azure Phantoms"],
    ]);
    expect(dashboard.promotions.map((promotion) => promotion.title).sort()).toEqual([
      "Nightfall Masters watch party",
      "Open tryouts",
      "Season 1 jersey drop",
    ]);
    expect(dashboard.teams.map((team) => team.name)).toEqual([
      "Azure Phantoms",
      "Crimson Vanguard",
      "Golden Tide",
      "Obsidian Owls",
    ]);
    expect((await getAdminAnnouncements(ADMIN)).tournaments.map((tournament) => tournament.name)).toEqual([
      "Rocket Rumble Open",
      "Crown Cup — Winter Qualifier",
      "Nightfall Masters",
      "Crown Cup — Season 1",
    ]);
  });

  it("shows the week's deliveries per channel and the latest failures with their reasons", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: ADMIN.id }, select: { id: true, name: true } });
    const notification = (title: string, createdAt = new Date()) =>
      db.notification.create({
        data: { userId: user.id, type: "announcement", title, body: "", dedupKey: `health:${title}`, createdAt },
        select: { id: true },
      });
    const [sent, failed, old] = await Promise.all([
      notification("Sent one"),
      notification("Bounced one"),
      notification("Old one", new Date(Date.now() - 8 * 86_400_000)),
    ]);
    await db.delivery.createMany({
      data: [
        { notificationId: sent.id, type: "announcement", channel: "EMAIL", status: "SENT" },
        {
          notificationId: failed.id,
          type: "announcement",
          channel: "EMAIL",
          status: "FAILED",
          reason: "gave up: Resend refused the API key",
        },
        {
          notificationId: failed.id,
          type: "announcement",
          channel: "DISCORD",
          status: "SKIPPED",
          reason: "no Discord account linked",
        },
        {
          notificationId: old.id,
          type: "announcement",
          channel: "EMAIL",
          status: "FAILED",
          reason: "too old to show",
          createdAt: new Date(Date.now() - 8 * 86_400_000),
        },
      ],
    });

    const deliveries = await getDeliveryHealth();

    expect(deliveries.channels).toEqual([
      {
        channel: "EMAIL",
        // HELD: the demo seed's email waiting for Ravi's quiet hours to end (prisma/seed-quiet-mutes.ts).
        counts: { SENT: 1, FAILED: 1, SKIPPED: 0, PENDING: 0, HELD: 1, DELIVERED: 0, BOUNCED: 0, COMPLAINED: 0 },
      },
      {
        channel: "DISCORD",
        counts: { SENT: 0, FAILED: 0, SKIPPED: 1, PENDING: 0, HELD: 0, DELIVERED: 0, BOUNCED: 0, COMPLAINED: 0 },
      },
    ]);
    expect(deliveries.recentFailures).toEqual([
      expect.objectContaining({
        channel: "EMAIL",
        title: "Bounced one",
        reason: "gave up: Resend refused the API key",
        recipient: user.name,
      }),
    ]);
    expect(deliveries.brokenWebhooks).toEqual([]);
  });

  it("lists the team webhooks Discord said are gone, with when and Discord's last answer", async () => {
    const team = seedId.team("crimson");
    await db.team.update({
      where: { id: team },
      data: { discordWebhookUrl: "https://discord.com/api/webhooks/1/x", discordWebhookBrokenAt: new Date() },
    });
    await db.discordPost.create({
      data: {
        dedupKey: "gone",
        requestDedupKey: "gone",
        webhookKey: `team:${team}`,
        target: "TEAM",
        teamId: team,
        type: "match_result",
        payload: {},
        status: "FAILED",
        reason: "Discord answered 404 Unknown Webhook",
      },
    });
    const deliveries = await getDeliveryHealth();
    expect(deliveries.brokenWebhooks).toEqual([
      {
        teamId: team,
        teamName: "Crimson Vanguard",
        slug: expect.any(String),
        brokenAt: expect.any(Date),
        lastError: "Discord answered 404 Unknown Webhook",
      },
    ]);
  });
});

describe("running a job now from the dashboard", () => {
  it("queues recompute-rankings for everyone with trigger MANUAL", async () => {
    const result = await requestJob(ADMIN, { job: "recompute-rankings" });

    expect(result).toMatchObject({ job: "recompute-rankings", pendingEvents: 0 });
    expect((await outboxRows("rankings/recompute.requested")).map((row) => row.data)).toEqual([
      { tournamentId: null, trigger: "MANUAL" },
    ]);
  });

  it("refuses players and unknown jobs, staging nothing", async () => {
    const before = await tallyEvents();

    await expect(requestJob(player("alex"), { job: "expire-invites" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requestJob(ADMIN, { job: "drop-tables" as never })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Choose one of the scheduled jobs.",
    });

    await expectNoNewEvents(before);
    expect(await db.automationRun.count()).toBe(0);
  });
});
