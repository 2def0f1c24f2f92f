import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SEED_ADMIN_EMAIL, SEED_FREE_AGENT_EMAIL, SEED_TOURNAMENTS, seedDemoData } from "./seed";

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
    expect(await db.coinTransaction.count()).toBe(0); // not yet paid out
    expect(await db.teamAchievement.count()).toBe(0);

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
});
