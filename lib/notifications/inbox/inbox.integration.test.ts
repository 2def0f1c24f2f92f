import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countUnread, listNotifications } from "./list-notifications";
import { markAllNotificationsRead, setNotificationsArchived, setNotificationsRead } from "./update-notifications";

const as = (id: string) => ({ id, role: "PLAYER" as const });

const base = new Date("2026-11-29T12:00:00Z");

beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "User" CASCADE`;
  await db.user.createMany({
    data: [
      { id: "me", name: "Me" },
      { id: "other", name: "Other" },
    ],
  });
  // 45 notifications for me, one per minute; every third is a match result; some share a timestamp.
  await db.notification.createMany({
    data: Array.from({ length: 45 }, (_, index) => ({
      id: `n${String(index).padStart(2, "0")}`,
      userId: "me",
      type: index % 3 === 0 ? ("match_result" as const) : ("roster_changed" as const),
      title: `Notification ${index}`,
      body: "",
      dedupKey: `k${index}`,
      createdAt: new Date(base.getTime() + Math.floor(index / 2) * 60_000),
      readAt: index < 10 ? base : null,
    })),
  });
  await db.notification.create({
    data: { id: "theirs", userId: "other", type: "system", title: "Not yours", body: "", dedupKey: "x" },
  });
});

describe("the notification center", () => {
  it("pages newest first with a cursor, without gaps or repeats even when timestamps tie", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await listNotifications("me", { cursor });
      seen.push(...result.items.map((item) => item.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    const expected = (
      await db.notification.findMany({
        where: { userId: "me" },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id);
    expect(seen).toEqual(expected);
  });

  it("filters by type and unread, and never shows another user's notifications", async () => {
    const matchResults = await listNotifications("me", { type: "match_result", limit: 100 });
    expect(matchResults.items).toHaveLength(15);
    expect(matchResults.items.every((item) => item.type === "match_result")).toBe(true);
    expect((await listNotifications("me", { unreadOnly: true, limit: 100 })).items).toHaveLength(35);
    expect((await listNotifications("me", { limit: 100 })).items.map((item) => item.id)).not.toContain("theirs");
  });

  it("counts unread for the bell, and marking read, unread and all read moves the count", async () => {
    expect(await countUnread("me")).toBe(35);
    expect(await setNotificationsRead(as("me"), { ids: ["n20", "n21", "theirs"], isRead: true })).toEqual({
      updated: 2,
    });
    expect(await countUnread("me")).toBe(33);
    expect(await setNotificationsRead(as("me"), { ids: ["n20"], isRead: false })).toEqual({ updated: 1 });
    expect(await countUnread("me")).toBe(34);
    const marked = await markAllNotificationsRead(as("me"));
    expect(marked.updated).toBe(34);
    // Exactly the ones it changed, for Undo: n20 (unread again) is among them, n21 (still read) is not.
    expect(marked.ids).toHaveLength(34);
    expect(marked.ids).toContain("n20");
    expect(marked.ids).not.toContain("n21");
    expect(await countUnread("me")).toBe(0);
    expect(await countUnread("other")).toBe(1);
  });

  it("mark all read names no ids (so offers no Undo) when there were more than one Undo can take", async () => {
    await db.notification.createMany({
      data: Array.from({ length: 100 }, (_, index) => ({
        userId: "other",
        type: "system" as const,
        title: `Bulk ${index}`,
        body: "",
        dedupKey: `bulk${index}`,
      })),
    });
    expect(await markAllNotificationsRead(as("other"))).toEqual({ updated: 101, ids: null });
    expect(await countUnread("other")).toBe(0);
    expect(await countUnread("me")).toBe(35);
  });

  it("archives out of the inbox and the bell, into the archive view", async () => {
    await setNotificationsArchived(as("me"), { ids: ["n44", "n43"], isArchived: true });
    expect(await countUnread("me")).toBe(33);
    expect((await listNotifications("me", { limit: 100 })).items.map((item) => item.id)).not.toContain("n44");
    expect((await listNotifications("me", { archived: true })).items.map((item) => item.id)).toEqual(["n44", "n43"]);
    expect(await setNotificationsArchived(as("other"), { ids: ["n42"], isArchived: true })).toEqual({ updated: 0 });
  });

  it("shows where each notification went and why", async () => {
    await db.delivery.createMany({
      data: [
        {
          notificationId: "n44",
          type: "match_result",
          channel: "EMAIL",
          status: "SKIPPED",
          reason: "you turned off all email",
        },
        { notificationId: "n44", type: "match_result", channel: "DISCORD", status: "SENT" },
      ],
    });
    const [item] = (await listNotifications("me", { limit: 1 })).items;
    expect(item?.deliveries).toMatchObject([
      { channel: "EMAIL", status: "SKIPPED", reason: "you turned off all email" },
      { channel: "DISCORD", status: "SENT" },
    ]);
  });
});
