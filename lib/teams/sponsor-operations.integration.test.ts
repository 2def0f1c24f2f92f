import { beforeEach, describe, expect, it } from "vitest";
import {
  ADMIN,
  expectEventSent,
  expectNoNewEvents,
  outboxRows,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { db } from "@/lib/db";
import { approveSponsor } from "./approve-sponsor";
import { rejectSponsor } from "./reject-sponsor";
import { schedulePromotion } from "./schedule-promotion";

const AZURE = seedId.team("azure");
const PENDING_SPONSOR = "seed_sponsor_azure_northpeak"; // PENDING, starts in 7 days
const ACTIVE_SPONSOR = "seed_sponsor_golden_kitsune";
const DAY = 24 * 60 * 60 * 1000;

const sponsorRow = (id: string) =>
  db.teamSponsor.findUniqueOrThrow({ where: { id }, select: { status: true, approvedAt: true } });

async function aPendingSponsor(startsInDays: number, endsInDays: number) {
  return db.teamSponsor.create({
    data: {
      teamId: AZURE,
      name: "Pixel Forge",
      status: "PENDING",
      startsAt: new Date(Date.now() + startsInDays * DAY),
      endsAt: new Date(Date.now() + endsInDays * DAY),
    },
    select: { id: true },
  });
}

beforeEach(() => resetDemoData());

describe("approveSponsor", () => {
  it("approves a sponsorship that starts later as APPROVED with approvedAt, and sends sponsor/approved", async () => {
    const result = await approveSponsor(ADMIN, { sponsorId: PENDING_SPONSOR });

    expect(result).toMatchObject({ sponsorId: PENDING_SPONSOR, teamId: AZURE, status: "APPROVED" });
    expect(await sponsorRow(PENDING_SPONSOR)).toEqual({ status: "APPROVED", approvedAt: result.approvedAt });
    await expectEventSent("sponsor/approved", { sponsorId: PENDING_SPONSOR, teamId: AZURE });
  });

  it("approves a sponsorship that is running now as ACTIVE", async () => {
    const sponsor = await aPendingSponsor(-1, 30);
    expect((await approveSponsor(ADMIN, { sponsorId: sponsor.id })).status).toBe("ACTIVE");
    expect((await sponsorRow(sponsor.id)).status).toBe("ACTIVE");
  });

  it("refuses a sponsorship whose period already ended", async () => {
    const sponsor = await aPendingSponsor(-30, -1);
    await expect(approveSponsor(ADMIN, { sponsorId: sponsor.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already ended"),
    });
    expect(await sponsorRow(sponsor.id)).toEqual({ status: "PENDING", approvedAt: null });
  });

  it("refuses a sponsorship that is not pending, and an unknown one", async () => {
    const before = await tallyEvents();
    await expect(approveSponsor(ADMIN, { sponsorId: ACTIVE_SPONSOR })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Kitsune Peripherals is already active; only pending sponsorships can be approved.",
    });
    await expect(approveSponsor(ADMIN, { sponsorId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expectNoNewEvents(before);
  });

  it("refuses players, even the sponsored team's captain, writing and sending nothing", async () => {
    const before = await tallyEvents();
    await expect(approveSponsor(player("lena"), { sponsorId: PENDING_SPONSOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await sponsorRow(PENDING_SPONSOR)).toEqual({ status: "PENDING", approvedAt: null });
    await expectNoNewEvents(before);
  });

  it("lets only one of an approval and a rejection arriving at the same moment win", async () => {
    const outcomes = await Promise.allSettled([
      approveSponsor(ADMIN, { sponsorId: PENDING_SPONSOR }),
      rejectSponsor(ADMIN, { sponsorId: PENDING_SPONSOR }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")?.reason).toMatchObject({ code: "CONFLICT" });
    const { status } = await sponsorRow(PENDING_SPONSOR);
    expect(await outboxRows("sponsor/approved")).toHaveLength(status === "APPROVED" ? 1 : 0);
  });
});

describe("rejectSponsor", () => {
  it("rejects a pending sponsorship and sends nothing", async () => {
    const before = await tallyEvents();
    expect(await rejectSponsor(ADMIN, { sponsorId: PENDING_SPONSOR })).toEqual({
      sponsorId: PENDING_SPONSOR,
      teamId: AZURE,
      status: "REJECTED",
    });
    expect(await sponsorRow(PENDING_SPONSOR)).toEqual({ status: "REJECTED", approvedAt: null });
    await expectNoNewEvents(before);
  });

  it("refuses players and sponsorships that are not pending", async () => {
    await expect(rejectSponsor(player("lena"), { sponsorId: PENDING_SPONSOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(rejectSponsor(ADMIN, { sponsorId: ACTIVE_SPONSOR })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("only pending sponsorships"),
    });
    expect((await sponsorRow(PENDING_SPONSOR)).status).toBe("PENDING");
    expect((await sponsorRow(ACTIVE_SPONSOR)).status).toBe("ACTIVE");
  });
});

describe("schedulePromotion", () => {
  const window = () => ({ startsAt: new Date(Date.now() + DAY), endsAt: new Date(Date.now() + 3 * DAY) });

  it("creates a SCHEDULED promotion and sends nothing (the promotions job starts it)", async () => {
    const before = await tallyEvents();
    const { startsAt, endsAt } = window();
    const result = await schedulePromotion(ADMIN, {
      teamId: AZURE,
      title: "  Bootcamp stream  ",
      description: "",
      startsAt,
      endsAt,
    });

    const promotion = await db.teamPromotion.findUniqueOrThrow({ where: { id: result.promotionId } });
    expect(promotion).toMatchObject({
      teamId: AZURE,
      title: "Bootcamp stream",
      description: null,
      status: "SCHEDULED",
      startsAt,
      endsAt,
    });
    await expectNoNewEvents(before);
  });

  it("refuses an end before the start, or an end already past", async () => {
    const { startsAt, endsAt } = window();
    await expect(
      schedulePromotion(ADMIN, { teamId: AZURE, title: "Backwards", startsAt: endsAt, endsAt: startsAt }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "The promotion must end after it starts.",
    });
    await expect(
      schedulePromotion(ADMIN, {
        teamId: AZURE,
        title: "Too late",
        startsAt: new Date(Date.now() - 3 * DAY),
        endsAt: new Date(Date.now() - DAY),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "The promotion must end in the future." });
    await expect(schedulePromotion(ADMIN, { teamId: AZURE, title: " ", startsAt, endsAt })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter a title.",
    });
    expect(await db.teamPromotion.count({ where: { teamId: AZURE } })).toBe(0);
  });

  it("refuses players (even the team's captain) and unknown teams", async () => {
    await expect(
      schedulePromotion(player("lena"), { teamId: AZURE, title: "Mine", ...window() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(schedulePromotion(ADMIN, { teamId: "nope", title: "Nobody", ...window() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.teamPromotion.count({ where: { teamId: AZURE } })).toBe(0);
  });
});
