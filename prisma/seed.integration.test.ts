import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { SEED_ADMIN_EMAIL, SEED_FREE_AGENT_EMAIL, SEED_TOURNAMENTS, seedDemoData } from "./seed";
import { LEAGUE_TOURNAMENT_SLUG } from "./seed-league";
import { PRIZE_HOLD_TOURNAMENT_SLUG } from "./seed-prize-hold";
import { describePayoutHold, getPayoutHoldState } from "@/lib/payouts/payout-hold";

async function tableCounts(): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ table_name: string; count: number }[]>`
    SELECT table_name::text AS table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text::int AS count
    FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
  return Object.fromEntries(rows.map((row) => [row.table_name, row.count]));
}

describe("demo seed", () => {
  it("is idempotent: a second run adds nothing and keeps what users changed", async () => {
    const first = await seedDemoData(db);
    const afterFirst = await tableCounts();
    expect(first.inserted).toBeGreaterThan(50);

    await db.user.update({ where: { email: "alex@deltacrown.test" }, data: { name: "Alex Renamed" } });
    const second = await seedDemoData(db, new Date(Date.now() + 3_600_000));

    expect(second.inserted).toBe(0);
    expect(await tableCounts()).toEqual(afterFirst);
    expect((await db.user.findUniqueOrThrow({ where: { email: "alex@deltacrown.test" } })).name).toBe("Alex Renamed");
  });

  it("holds what the demo needs: an admin, teams with captains, one tournament in each state, work for every job", async () => {
    const now = new Date();
    await seedDemoData(db, now);

    expect((await db.user.findUniqueOrThrow({ where: { email: SEED_ADMIN_EMAIL } })).role).toBe("ADMIN");
    expect(await db.user.count({ where: { role: "PLAYER" } })).toBeGreaterThanOrEqual(10);
    const teams = await db.team.findMany({
      select: { captainId: true, memberships: { select: { userId: true, role: true } } },
    });
    expect(teams.length).toBeGreaterThanOrEqual(4);
    for (const team of teams) {
      expect(team.memberships).toContainEqual({ userId: team.captainId, role: "CAPTAIN" });
    }
    expect(await db.teamMembership.count({ where: { user: { email: SEED_FREE_AGENT_EMAIL } } })).toBe(0);

    const completed = await db.tournament.findUniqueOrThrow({
      where: { slug: SEED_TOURNAMENTS.completed },
      include: { placements: true, matches: true },
    });
    expect(completed).toMatchObject({ status: "COMPLETED", wrappedUpAt: null });
    expect(completed.placements.map((placement) => placement.place).sort()).toEqual([1, 2, 3, 4]);
    expect(completed.matches.every((match) => match.status === "COMPLETED")).toBe(true);
    expect(await db.coinTransaction.count({ where: { tournamentId: completed.id } })).toBe(0); // not yet paid out
    expect(await db.teamAchievement.count({ where: { tournamentId: completed.id } })).toBe(0);

    // The Crown Cup's hold is long over (the dashboard pays it); the qualifier is in its hold.
    const isPaid = false;
    expect(describePayoutHold(getPayoutHoldState({ ...completed, isPaid }, new Date(), 24), new Date())).toBe("Due");
    const qualifier = await db.tournament.findUniqueOrThrow({
      where: { slug: PRIZE_HOLD_TOURNAMENT_SLUG },
      include: { placements: true },
    });
    expect(qualifier.placements).toHaveLength(4);
    expect(describePayoutHold(getPayoutHoldState({ ...qualifier, isPaid }, new Date(), 24), new Date())).toBe(
      "Paying in 23 h",
    );

    expect(await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.ongoing } })).toMatchObject({
      status: "ONGOING",
    });
    expect(
      await db.match.count({
        where: { tournament: { slug: SEED_TOURNAMENTS.ongoing }, status: "SCHEDULED", scheduledAt: { gt: now } },
      }),
    ).toBeGreaterThan(0);
    expect(await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.registration } })).toMatchObject({
      status: "REGISTRATION",
    });

    const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
    expect(
      await db.teamInvite.count({ where: { status: "PENDING", createdAt: { lt: weekAgo } } }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      await db.teamInvite.count({ where: { status: "PENDING", createdAt: { gt: weekAgo } } }),
    ).toBeGreaterThanOrEqual(1);
    expect(await db.teamSponsor.count({ where: { status: "ACTIVE", endsAt: { lt: now } } })).toBeGreaterThanOrEqual(1);
    expect(await db.teamSponsor.count({ where: { status: "ACTIVE", endsAt: { gt: now } } })).toBeGreaterThanOrEqual(1);
    expect(
      await db.teamPromotion.count({ where: { status: "SCHEDULED", startsAt: { lt: now } } }),
    ).toBeGreaterThanOrEqual(1);
    expect(await db.teamPromotion.count({ where: { status: "ACTIVE", endsAt: { lt: now } } })).toBeGreaterThanOrEqual(
      1,
    );
    expect(await db.notification.count({ where: { readAt: null } })).toBeGreaterThan(0);
  });

  it("is a believable platform: a finished season paid through the payout code, standings computed, every notification type and delivery outcome", async () => {
    await seedDemoData(db);
    expect(await db.user.count({ where: { role: "PLAYER" } })).toBeGreaterThanOrEqual(60);
    expect(await db.team.count()).toBe(16);
    const season = await db.tournament.findUniqueOrThrow({
      where: { slug: LEAGUE_TOURNAMENT_SLUG },
      select: { status: true, prizes: true, payouts: { select: { amount: true }, orderBy: { amount: "desc" } } },
    });
    expect(season.status).toBe("COMPLETED");
    expect(season.payouts.map((payout) => payout.amount)).toEqual(season.prizes);
    expect(await db.teamAchievement.count({ where: { tournament: { slug: LEAGUE_TOURNAMENT_SLUG } } })).toBe(3);
    // Every team with a result is ranked, 1 … n, by the same recompute the job runs.
    const ranks = (await db.team.findMany({ select: { rank: true }, orderBy: { rank: "asc" } })).map((t) => t.rank);
    expect(ranks).toEqual(Array.from({ length: 16 }, (_, index) => index + 1));
    const types = await db.notification.groupBy({ by: ["type"] });
    expect(types.map((row) => row.type).sort()).toEqual(Object.values(NotificationType).sort());
    const outcomes = await db.delivery.groupBy({ by: ["channel", "status"] });
    expect(outcomes.map((row) => `${row.channel} ${row.status}`).sort()).toEqual(
      [
        ...["BOUNCED", "COMPLAINED", "DELIVERED", "FAILED", "HELD", "PENDING", "SENT", "SKIPPED"].map(
          (status) => `EMAIL ${status}`,
        ),
        ...["FAILED", "SENT", "SKIPPED"].map((status) => `DISCORD ${status}`),
      ].sort(),
    );
  });

  it("shows quiet hours and mutes: Ravi's window is on now with an email held until it ends; Sofia muted the Crown Cup", async () => {
    const now = new Date();
    await seedDemoData(db, now, { withLeague: false });
    const held = await db.delivery.findFirstOrThrow({
      where: { status: "HELD", notification: { user: { email: "ravi@deltacrown.test" } } },
      select: { heldUntil: true },
    });
    expect(held.heldUntil?.getTime()).toBeGreaterThan(now.getTime());
    const mute = await db.notificationMute.findFirstOrThrow({
      where: { user: { email: "sofia@deltacrown.test" } },
      select: { until: true, tournament: { select: { slug: true } } },
    });
    expect(mute).toEqual({ until: null, tournament: { slug: SEED_TOURNAMENTS.completed } });
  });

  it("shows an answered invite's notice resolved: the free agent's expired Golden Tide invite reads Expired, no longer unread", async () => {
    await seedDemoData(db, new Date(), { withLeague: false });
    const notice = await db.notification.findFirstOrThrow({
      where: { user: { email: SEED_FREE_AGENT_EMAIL }, title: "Golden Tide invited you to join" },
      select: { outcome: true, readAt: true, data: true },
    });
    const invite = await db.teamInvite.findUniqueOrThrow({
      where: { id: (notice.data as { inviteId: string }).inviteId },
      select: { status: true },
    });
    expect({ outcome: notice.outcome, isRead: notice.readAt !== null, invite: invite.status }).toEqual({
      outcome: "EXPIRED",
      isRead: true,
      invite: "EXPIRED",
    });
  });
});
