// Mutes on the real database: muting and unmuting your own targets, and notify leaving out whoever
// muted what a notification is about — in the same single preferences query.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { aTournament, aUser } from "@/test-support/factories";
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { getPreferencesForUsers } from "@/lib/notifications/preferences/get-preferences-for-users";
import { listNotifications } from "@/lib/notifications/inbox/list-notifications";
import { loadBellSummary } from "@/lib/notifications/inbox/load-bell-summary";
import { listMutes } from "./list-mutes";
import { muteTarget, unmuteTarget } from "./mute-target";

const NOW = new Date("2026-05-01T12:00:00Z");
let ava: string;
let ben: string;
let cupId: string;
let teamId: string;

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User", "Team", "Tournament" CASCADE`;
  [ava, ben] = (await Promise.all([aUser({ name: "Ava" }), aUser({ name: "Ben" })])).map((user) => user.id) as [
    string,
    string,
  ];
  cupId = (await aTournament({ name: "Crown Cup", slug: "crown-cup" })).id;
  teamId = (await db.team.create({ data: { name: "Crimson", slug: "crimson", tag: "CRM", captainId: ava } })).id;
});

const about = (overrides: Partial<TNotificationRequest> = {}): TNotificationRequest => ({
  type: "match_result",
  recipientIds: [ava, ben],
  title: "Crimson 13–7 Azure",
  body: "Round 2",
  url: "/tournaments/crown-cup",
  dedupKey: `mute-test:${Math.random()}`,
  teamId,
  tournamentId: cupId,
  data: null,
  ...overrides,
});
const notifiedUsers = async (dedupKey: string) =>
  (await db.notification.findMany({ where: { dedupKey }, select: { userId: true } })).map((row) => row.userId).sort();

describe("mute and unmute", () => {
  it("mutes for 8 hours, a week, or until unmuted, and lists only the player's own active mutes", async () => {
    expect((await muteTarget(ava, { tournamentId: cupId, duration: "8h" }, NOW)).until).toEqual(
      new Date("2026-05-01T20:00:00Z"),
    );
    expect((await muteTarget(ava, { tournamentId: cupId, duration: "1w" }, NOW)).until).toEqual(
      new Date("2026-05-08T12:00:00Z"),
    );
    expect((await muteTarget(ava, { teamId, duration: "forever" }, NOW)).until).toBeNull();
    expect(await db.notificationMute.count()).toBe(2); // muting again replaces the duration
    expect((await listMutes(ava, {}, NOW)).map((mute) => `${mute.kind}:${mute.name}`).sort()).toEqual([
      "team:Crimson",
      "tournament:Crown Cup",
    ]);
    expect(await listMutes(ben, {}, NOW)).toEqual([]);
    expect(await listMutes(ava, {}, new Date("2026-05-09T00:00:00Z"))).toHaveLength(1); // the week ended
  });

  it("unmutes only the player's own mute", async () => {
    await muteTarget(ava, { tournamentId: cupId, duration: "forever" }, NOW);
    expect(await unmuteTarget(ben, { tournamentId: cupId })).toEqual({ unmuted: 0 });
    expect(await listMutes(ava, {}, NOW)).toHaveLength(1);
    expect(await unmuteTarget(ava, { tournamentId: cupId })).toEqual({ unmuted: 1 });
    expect(await listMutes(ava, {}, NOW)).toEqual([]);
  });

  it("refuses bad input and unknown targets", async () => {
    await expect(muteTarget(ava, { tournamentId: cupId, duration: "1y" })).rejects.toThrow(/8 hours, a week/);
    await expect(muteTarget(ava, { duration: "8h" })).rejects.toThrow(/tournament or a team/);
    await expect(muteTarget(ava, { teamId: "nope", duration: "8h" })).rejects.toThrow(/does not exist/);
  });
});

describe("the notification center knows what is muted", () => {
  it("marks the notifications about a muted tournament or team, and only for the player who muted it", async () => {
    await createNotifications(about({ dedupKey: "cup" }));
    await createNotifications(about({ dedupKey: "team", tournamentId: null }));
    await muteTarget(ava, { tournamentId: cupId, duration: "forever" });
    const mutedFor = async (userId: string) =>
      Object.fromEntries(
        (await listNotifications(userId)).items.map((item) => [item.tournament ? "cup" : "team", item.isAboutMuted]),
      );
    expect(await mutedFor(ava)).toEqual({ cup: true, team: false });
    expect(await mutedFor(ben)).toEqual({ cup: false, team: false });

    await muteTarget(ava, { teamId, duration: "forever" });
    await unmuteTarget(ava, { tournamentId: cupId });
    expect(await mutedFor(ava)).toEqual({ cup: false, team: true });
    // The bell's items say the same, with the name its Mute item shows.
    const bell = await loadBellSummary(ava);
    expect(bell.latest.map((item) => item.about).sort((a, b) => (a?.kind ?? "").localeCompare(b?.kind ?? ""))).toEqual([
      { kind: "team", id: teamId, name: "Crimson", isMuted: true },
      { kind: "tournament", id: cupId, name: "Crown Cup", isMuted: false },
    ]);
  });
});

describe("notify honours mutes", () => {
  it("does not notify a player who muted the tournament, and still notifies the others", async () => {
    await muteTarget(ava, { tournamentId: cupId, duration: "forever" }, NOW);
    const request = about();
    expect(await createNotifications(request, NOW)).toMatchObject({ recipients: 1, created: 1, muted: 1 });
    expect(await notifiedUsers(request.dedupKey)).toEqual([ben]);
    const row = await db.notification.findFirstOrThrow({ where: { dedupKey: request.dedupKey } });
    expect(row).toMatchObject({ tournamentId: cupId, teamId }); // recorded, for the "Mute" menu
  });

  it("does not notify a player who muted the team", async () => {
    await muteTarget(ben, { teamId, duration: "8h" }, NOW);
    const request = about({ tournamentId: null });
    await createNotifications(request, NOW);
    expect(await notifiedUsers(request.dedupKey)).toEqual([ava]);
  });

  it("notifies again once the mute has expired", async () => {
    await muteTarget(ava, { tournamentId: cupId, duration: "8h" }, NOW);
    const request = about();
    await createNotifications(request, new Date("2026-05-01T20:00:01Z"));
    expect(await notifiedUsers(request.dedupKey)).toEqual([ava, ben].sort());
  });

  it("never mutes an announcement", async () => {
    await muteTarget(ava, { teamId, duration: "forever" }, NOW);
    const request = about({ type: "announcement", tournamentId: null });
    await createNotifications(request, NOW);
    expect(await notifiedUsers(request.dedupKey)).toEqual([ava, ben].sort());
  });

  it("reads mutes in the same single query as the preferences", async () => {
    await muteTarget(ava, { tournamentId: cupId, duration: "forever" }, NOW);
    const prefs = await getPreferencesForUsers([ava, ben], db, { tournamentId: cupId, teamId: null, now: NOW });
    expect([prefs.get(ava)?.isMuted, prefs.get(ben)?.isMuted]).toEqual([true, false]);
    // The statement count itself is asserted in preferences.integration.test.ts (one statement).
  });
});
