// Notifications never leave a stale call to action: an invite's notification follows its invite
// (accepted, declined, withdrawn, expired), and a newer notice about the same match supersedes the
// older ones — out of the list, the bell and the unread count, shown under their replacement.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import { expireInvites } from "@/lib/teams/expire-invites";
import { respondToInvite } from "@/lib/teams/respond-to-invite";
import { withdrawInvite } from "@/lib/teams/withdraw-invite";
import { player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { loadBellSummaries } from "./load-bell-summary";
import { countUnread, listNotifications } from "./list-notifications";

const ZOE = seedId.user("zoe");
const SOFIA = seedId.user("sofia");
const FRESH_INVITE = "seed_invite_obsidian_zoe";
const STALE_INVITE = "seed_invite_crimson_sofia";

/** The "invited you" notification as the notify pipeline writes it for an invite. */
async function inviteNotification(userId: string, inviteId: string) {
  return db.notification.create({
    data: {
      userId,
      type: "invite_sent",
      title: `Invite ${inviteId}`,
      body: "",
      url: "/invites",
      data: { inviteId },
      dedupKey: `team/invite.sent:${inviteId}`,
    },
    select: { id: true },
  });
}

const outcomeOf = (id: string) =>
  db.notification.findUniqueOrThrow({ where: { id }, select: { outcome: true, readAt: true } });

beforeEach(async () => {
  await resetDemoData();
});

describe("an invite's notification follows the invite", () => {
  it("shows Declined once the invitee declines — and no other notification changes", async () => {
    const mine = await inviteNotification(ZOE, FRESH_INVITE);
    const other = await inviteNotification(SOFIA, STALE_INVITE);
    const unreadBefore = await countUnread(ZOE);
    // The demo's own notice of this invite, and ours: both unread until the answer.
    const unreadAboutInvite = await db.notification.count({
      where: { userId: ZOE, readAt: null, data: { path: ["inviteId"], equals: FRESH_INVITE } },
    });
    expect(unreadAboutInvite).toBe(2);
    await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: false });
    expect(await outcomeOf(mine.id)).toEqual({ outcome: "DECLINED", readAt: expect.any(Date) });
    expect(await outcomeOf(other.id)).toEqual({ outcome: null, readAt: null });
    expect(await countUnread(ZOE)).toBe(unreadBefore - unreadAboutInvite); // answered: no longer a call to action
  });

  it("shows Accepted when the invitee joins, Withdrawn when the captain takes it back", async () => {
    const accepted = await inviteNotification(ZOE, FRESH_INVITE);
    await respondToInvite(player("zoe"), { inviteId: FRESH_INVITE, accept: true });
    expect((await outcomeOf(accepted.id)).outcome).toBe("ACCEPTED");

    await resetDemoData();
    const withdrawn = await inviteNotification(ZOE, FRESH_INVITE);
    await withdrawInvite(player("olivia"), { inviteId: FRESH_INVITE });
    expect((await outcomeOf(withdrawn.id)).outcome).toBe("WITHDRAWN");
  });

  it("shows Expired for every invite the expire job expires, in one pass", async () => {
    const stale = await inviteNotification(SOFIA, STALE_INVITE);
    const fresh = await inviteNotification(ZOE, FRESH_INVITE);
    expect(await expireInvites()).toEqual({ expiredCount: 1 });
    expect((await outcomeOf(stale.id)).outcome).toBe("EXPIRED");
    expect((await outcomeOf(fresh.id)).outcome).toBeNull();

    const [item] = (await listNotifications(SOFIA, { type: "invite_sent" })).items;
    expect(item?.outcome).toBe("EXPIRED");
  });
});

describe("a newer notice about the same match supersedes the older ones", () => {
  const request = (dedupKey: string, recipientIds: string[], matchId = "m1"): TNotificationRequest => ({
    type: "match_scheduled",
    recipientIds,
    title: `${matchId}: ${dedupKey}`,
    body: "",
    url: null,
    dedupKey,
    teamId: null,
    data: { matchId },
  });

  it("keeps one row per match in the list, the bell and the unread count, with the earlier update under it", async () => {
    const unreadBefore = await countUnread(ZOE);
    await createNotifications(request("scheduled", [ZOE, SOFIA]), new Date(Date.now() - 60_000));
    await createNotifications(request("other-match", [ZOE], "m2"), new Date(Date.now() - 30_000));
    await createNotifications(request("moved", [ZOE]));

    const { items } = await listNotifications(ZOE, { type: "match_scheduled" });
    expect(items.map((item) => [item.title, item.earlier.map((update) => update.title)])).toEqual([
      ["m1: moved", ["m1: scheduled"]],
      ["m2: other-match", []],
    ]);
    expect(await countUnread(ZOE)).toBe(unreadBefore + 2);
    const bell = (await loadBellSummaries([ZOE])).get(ZOE);
    expect(bell?.unreadCount).toBe(unreadBefore + 2);
    expect(bell?.latest.map((item) => item.title)).not.toContain("m1: scheduled");

    // Sofia was not told of the move: her notice is still the current one.
    const sofias = await listNotifications(SOFIA, { type: "match_scheduled" });
    expect(sofias.items.map((item) => [item.title, item.earlier.length])).toEqual([["m1: scheduled", 0]]);
  });
});
