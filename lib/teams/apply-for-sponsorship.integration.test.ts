import { beforeEach, describe, expect, it } from "vitest";
import {
  ADMIN,
  expectEventSent,
  expectNoNewEvents,
  player,
  resetDemoData,
  seedId,
  tallyEvents,
} from "@/test-support/domain-test-kit";
import { db } from "@/lib/db";
import { applyForSponsorship } from "./apply-for-sponsorship";
import { approveSponsor } from "./approve-sponsor";
import { rejectSponsor } from "./reject-sponsor";

const CRIMSON = seedId.team("crimson");
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);
const application = (overrides: Record<string, unknown> = {}) => ({
  teamId: CRIMSON,
  name: "Pixel Forge",
  websiteUrl: "https://pixelforge.example.com",
  startsAt: inDays(-1),
  endsAt: inDays(60),
  ...overrides,
});
const sponsorRow = (id: string) =>
  db.teamSponsor.findUniqueOrThrow({
    where: { id },
    select: { teamId: true, name: true, websiteUrl: true, status: true, approvedAt: true },
  });

beforeEach(() => resetDemoData());

describe("applyForSponsorship", () => {
  it("lands PENDING for the admin, sending nothing until it is approved", async () => {
    const before = await tallyEvents();
    const result = await applyForSponsorship(player("alex"), application());

    expect(result).toEqual({ sponsorId: result.sponsorId, teamId: CRIMSON, status: "PENDING" });
    expect(await sponsorRow(result.sponsorId)).toEqual({
      teamId: CRIMSON,
      name: "Pixel Forge",
      websiteUrl: "https://pixelforge.example.com/",
      status: "PENDING",
      approvedAt: null,
    });
    await expectNoNewEvents(before);
  });

  it("becomes ACTIVE with sponsor/approved when the admin approves it, or REJECTED silently", async () => {
    const approved = await applyForSponsorship(player("alex"), application());
    await approveSponsor(ADMIN, { sponsorId: approved.sponsorId });
    expect((await sponsorRow(approved.sponsorId)).status).toBe("ACTIVE");
    await expectEventSent("sponsor/approved", { sponsorId: approved.sponsorId, teamId: CRIMSON });

    const rejected = await applyForSponsorship(player("alex"), application({ name: "Byte Fuel" }));
    const before = await tallyEvents();
    await rejectSponsor(ADMIN, { sponsorId: rejected.sponsorId });
    expect((await sponsorRow(rejected.sponsorId)).status).toBe("REJECTED");
    await expectNoNewEvents(before);
  });

  it("takes no website, but refuses one that is not a plain https link", async () => {
    const result = await applyForSponsorship(player("alex"), application({ websiteUrl: "  " }));
    expect((await sponsorRow(result.sponsorId)).websiteUrl).toBeNull();
    for (const websiteUrl of [
      "http://pixelforge.example.com",
      "javascript:alert(1)",
      "//pixelforge.example.com",
      "https://user:pass@pixelforge.example.com",
      "pixelforge.example.com",
    ]) {
      await expect(
        applyForSponsorship(player("alex"), application({ name: websiteUrl, websiteUrl })),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("https://") });
    }
    expect(await db.teamSponsor.count({ where: { teamId: CRIMSON } })).toBe(2); // the demo's and the one above
  });

  it("refuses dates that end before they start or in the past, and a second pending application", async () => {
    await expect(
      applyForSponsorship(player("alex"), application({ startsAt: inDays(10), endsAt: inDays(5) })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "The sponsorship must end after it starts." });
    await expect(
      applyForSponsorship(player("alex"), application({ startsAt: inDays(-10), endsAt: inDays(-5) })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: "The sponsorship must end in the future." });
    await applyForSponsorship(player("alex"), application());
    await expect(applyForSponsorship(player("alex"), application({ name: "PIXEL FORGE" }))).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Crimson Vanguard already has a pending application from PIXEL FORGE.",
    });
  });

  it("refuses members who are not the captain and other teams' captains", async () => {
    for (const who of ["jamie", "lena"]) {
      await expect(applyForSponsorship(player(who), application())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.teamSponsor.count({ where: { teamId: CRIMSON, status: "PENDING" } })).toBe(0);
  });
});
