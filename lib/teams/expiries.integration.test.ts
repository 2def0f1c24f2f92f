import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { expireInvites } from "./expire-invites";
import { expireSponsors } from "./expire-sponsors";
import { processPromotions } from "./process-promotions";

const DAY = 24 * 3_600_000;
const now = new Date("2026-11-29T12:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * DAY);
let teamId: string;
let userIds: string[];

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "Team", "User", "OutboxEvent" CASCADE`;
  const users = await Promise.all(
    ["cap", "p1", "p2", "p3"].map((name) => db.user.create({ data: { name, email: `${name}@expiry.test` } })),
  );
  userIds = users.map((user) => user.id);
  teamId = (
    await db.team.create({ data: { name: "Expiry FC", slug: "expiry-fc", tag: "EXP", captainId: users[0]?.id ?? "" } })
  ).id;
});

describe("expiring invites", () => {
  it("expires only PENDING invites past their 7 days, once", async () => {
    const invite = (inviteeIndex: number, createdDaysAgo: number, status: "PENDING" | "ACCEPTED" = "PENDING") =>
      db.teamInvite.create({
        data: {
          teamId,
          inviteeId: userIds[inviteeIndex] ?? "",
          invitedById: userIds[0] ?? "",
          status,
          createdAt: at(-createdDaysAgo),
          expiresAt: at(7 - createdDaysAgo),
        },
      });
    const old = await invite(1, 8);
    const fresh = await invite(2, 6);
    const acceptedLongAgo = await invite(3, 30, "ACCEPTED");

    expect(await expireInvites(now)).toEqual({ expiredCount: 1 });
    expect(await expireInvites(now)).toEqual({ expiredCount: 0 });
    const statuses = Object.fromEntries((await db.teamInvite.findMany()).map((row) => [row.id, row.status]));
    expect(statuses).toEqual({ [old.id]: "EXPIRED", [fresh.id]: "PENDING", [acceptedLongAgo.id]: "ACCEPTED" });
  });
});

describe("expiring sponsors", () => {
  it("expires approved and active sponsorships whose end passed, and leaves the rest", async () => {
    const sponsor = (name: string, status: "PENDING" | "APPROVED" | "ACTIVE" | "REJECTED", endsInDays: number) =>
      db.teamSponsor.create({ data: { teamId, name, status, startsAt: at(-60), endsAt: at(endsInDays) } });
    const ended = await sponsor("Ended", "ACTIVE", -1);
    const approvedEnded = await sponsor("Approved but ended", "APPROVED", -2);
    const running = await sponsor("Running", "ACTIVE", 10);
    const pending = await sponsor("Pending", "PENDING", -1);

    expect(await expireSponsors(now)).toEqual({ expiredCount: 2 });
    expect(await expireSponsors(now)).toEqual({ expiredCount: 0 });
    const statuses = Object.fromEntries((await db.teamSponsor.findMany()).map((row) => [row.id, row.status]));
    expect(statuses).toEqual({
      [ended.id]: "EXPIRED",
      [approvedEnded.id]: "EXPIRED",
      [running.id]: "ACTIVE",
      [pending.id]: "PENDING",
    });
  });
});

describe("processing promotions", () => {
  it("starts due promotions with one promotion/started each, expires ended ones, and does it once", async () => {
    const promotion = (title: string, status: "SCHEDULED" | "ACTIVE", startsInDays: number, endsInDays: number) =>
      db.teamPromotion.create({ data: { teamId, title, status, startsAt: at(startsInDays), endsAt: at(endsInDays) } });
    const due = await promotion("Due", "SCHEDULED", -0.1, 5);
    const future = await promotion("Future", "SCHEDULED", 2, 5);
    const finished = await promotion("Finished", "ACTIVE", -10, -1);
    const missed = await promotion("Never started, already over", "SCHEDULED", -5, -1);

    expect(await processPromotions(now)).toEqual({ activatedCount: 1, expiredCount: 2 });
    expect(await processPromotions(now)).toEqual({ activatedCount: 0, expiredCount: 0 });

    const statuses = Object.fromEntries((await db.teamPromotion.findMany()).map((row) => [row.id, row.status]));
    expect(statuses).toEqual({
      [due.id]: "ACTIVE",
      [future.id]: "SCHEDULED",
      [finished.id]: "EXPIRED",
      [missed.id]: "EXPIRED",
    });
    const started = sentEvents().filter((event) => event.name === "promotion/started");
    expect(started).toEqual([
      expect.objectContaining({ id: `promotion-started:${due.id}`, data: { promotionId: due.id, teamId } }),
    ]);
  });
});
