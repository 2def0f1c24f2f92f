// One rule for every operation's input (lib/validation/parse-input.ts): control characters and absurd
// dates get a message naming the field, and nothing is written — never a 500 from the database.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAnnouncement } from "@/lib/notifications/announcements/create-announcement";
import { setNotificationsArchived, setNotificationsRead } from "@/lib/notifications/inbox/update-notifications";
import { listNotifications } from "@/lib/notifications/inbox/list-notifications";
import { invitePlayer } from "@/lib/teams/invite-player";
import { schedulePromotion } from "@/lib/teams/schedule-promotion";
import { scheduleMatch } from "@/lib/tournaments/schedule-match";
import { ADMIN, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";

beforeEach(() => resetDemoData());

const CONTROL_CHARACTERS = ["\u0000", "\u0001", "\u001b", "\u007f", "\u0085"];
const inAWeek = new Date(Date.now() + 7 * 86_400_000);

describe("parseInput: one rule for every operation", () => {
  it.each(CONTROL_CHARACTERS)("refuses %j in a text field, naming it, and writes nothing", async (character) => {
    const before = await db.announcement.count();
    await expect(
      createAnnouncement(ADMIN, { title: `Finals${character}`, body: "Tonight", audience: "ALL" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^"title" contains an invisible control character \(U\+[0-9A-F]{4}\)/),
    });
    expect(await db.announcement.count()).toBe(before);
  });

  it("refuses NUL in ids instead of failing in the database", async () => {
    await expect(
      invitePlayer(player("alex"), { teamId: "seed_team_crimson\u0000", invitee: "zoe_martin" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining('"teamId" contains an invisible control character (U+0000)'),
    });
    await expect(setNotificationsRead(player("alex"), { ids: ["n\u0000"], isRead: true })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining('"ids.0"'),
    });
    await expect(setNotificationsArchived(player("alex"), { ids: ["\u0000"], isArchived: true })).rejects.toMatchObject(
      { code: "INVALID_INPUT" },
    );
    await expect(listNotifications(seedId.user("alex"), { cursor: "\u0000" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    // A hand-made cursor that decodes to a NUL id is treated as no cursor, not sent to the database.
    const forged = Buffer.from(`2026-01-01T00:00:00.000Z|\u0000`).toString("base64url");
    await expect(listNotifications(seedId.user("alex"), { cursor: forged })).resolves.toMatchObject({
      items: expect.any(Array),
    });
  });

  it("keeps line breaks and tabs in text", async () => {
    const result = await createAnnouncement(ADMIN, {
      title: "Finals",
      body: "Line one\nLine two\r\n\tindented",
      audience: "ALL",
    });
    expect((await db.announcement.findUniqueOrThrow({ where: { id: result.announcementId } })).body).toBe(
      "Line one\nLine two\r\n\tindented",
    );
  });

  it.each([
    ["-010000-01-01T00:00:00.000Z", "Start date and time must be between the years 1970 and 9999."],
    ["+275760-09-13T00:00:00.000Z", "Start date and time must be between the years 1970 and 9999."],
    ["1969-12-31T23:59:59.000Z", "Start date and time must be between the years 1970 and 9999."],
  ])("refuses the start date %s with a message naming it, writing nothing", async (startsAt, message) => {
    const before = await db.teamPromotion.count();
    await expect(
      schedulePromotion(ADMIN, {
        teamId: seedId.team("crimson"),
        title: "Drop",
        startsAt: new Date(startsAt),
        endsAt: inAWeek,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message,
    });
    expect(await db.teamPromotion.count()).toBe(before);
  });

  it("refuses an absurd match time, naming it", async () => {
    const input = {
      tournamentId: seedId.tournament("ongoing"),
      round: 1,
      teamAId: seedId.team("crimson"),
      teamBId: seedId.team("azure"),
    };
    await expect(
      scheduleMatch(ADMIN, { ...input, scheduledAt: new Date("+275760-09-13T00:00:00.000Z") }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Date and time for the match must be between the years 1970 and 9999.",
    });
  });
});
