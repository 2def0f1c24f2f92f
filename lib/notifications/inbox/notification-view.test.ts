import { describe, expect, it } from "vitest";
import type { TInboxItem } from "@/lib/notifications/inbox/list-notifications";
import { toBellItem } from "./bell-summary";
import { isOlder, toNotificationItemView, viewFilter } from "./notification-view";

const APP_URL = "https://deltacrown.gg";

const row: TInboxItem = {
  id: "n1",
  type: "payout_received",
  title: "You received 1000 coins",
  body: "1st place in Crown Cup",
  url: "/teams/crimson-vanguard",
  readAt: null,
  archivedAt: null,
  createdAt: new Date("2026-11-29T11:00:00Z"),
  deliveries: [{ channel: "EMAIL", status: "SENT", reason: null, sentAt: new Date("2026-11-29T11:00:05Z") }],
  tournament: { id: "t1", name: "Crown Cup" },
  team: null,
  outcome: null,
  collapseKey: null,
  earlier: [],
  isAboutMuted: true,
};

describe("notification view", () => {
  it("carries the catalog's label, relative and full times, and the delivery notes", () => {
    const view = toNotificationItemView(row, {
      now: new Date("2026-11-29T12:00:00Z"),
      timeZone: "Europe/Berlin",
      appUrl: APP_URL,
    });
    expect(view).toMatchObject({
      id: "n1",
      typeLabel: "Prize payouts",
      href: "/teams/crimson-vanguard",
      createdAt: "2026-11-29T11:00:00.000Z",
      timeAgo: "1 hour ago",
      timeFull: "Sun, 29 Nov 2026, 12:00 CET",
      readAt: null,
    });
    expect(view.deliveries.map((note) => note.text)).toEqual(["Emailed"]);
  });

  it("groups repeats of news about one tournament (else team), never calls to action, payouts or notices about nothing", () => {
    const context = { now: new Date(), timeZone: "UTC", appUrl: APP_URL };
    const key = (overrides: Partial<TInboxItem>) => toNotificationItemView({ ...row, ...overrides }, context).groupKey;
    expect(key({ type: "match_result" })).toBe("match_result:tournament:t1");
    expect(key({ type: "roster_changed", tournament: null, team: { id: "team1", name: "Owls" } })).toBe(
      "roster_changed:team:team1",
    );
    expect(key({ type: "payout_received" })).toBeNull();
    expect(key({ type: "invite_sent" })).toBeNull();
    expect(key({ type: "match_scheduled" })).toBeNull();
    expect(key({ type: "match_result", tournament: null })).toBeNull();
    expect(key({ type: "match_result", earlier: [{ id: "e", title: "Before", createdAt: new Date() }] })).toBeNull();
  });

  it("links only to the app or to full https URLs, in the center and in the bell", () => {
    const context = { now: new Date(), timeZone: "UTC", appUrl: APP_URL };
    const hrefOf = (url: string | null) => toNotificationItemView({ ...row, url }, context).href;
    expect(hrefOf("/tournaments/crown-cup")).toBe("/tournaments/crown-cup");
    expect(hrefOf("https://example.com/x")).toBe("https://example.com/x");
    for (const hostile of [
      "javascript:alert(1)",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https:evil.example",
      "https://u:p@evil.example",
      "",
    ]) {
      // Either no link at all, or one that stays on the app ("https:evil.example" is the app path /evil.example).
      for (const href of [hrefOf(hostile), toBellItem({ ...row, url: hostile }, APP_URL, "UTC").url]) {
        if (href !== null) expect(new URL(href, APP_URL).origin).toBe(APP_URL);
      }
    }
    expect(hrefOf(null)).toBeNull();
  });

  it("reads the times in a title, body and earlier updates in the viewer's zone; text without tokens as stored", () => {
    const moved = {
      ...row,
      type: "match_scheduled" as const,
      title: "Crimson vs Azure moved to {{t:2026-12-12T20:00:00.000Z}}",
      body: "Round 2 of Crown Cup.",
      earlier: [
        { id: "n0", title: "Crimson vs Azure moved to {{t:2026-12-10T18:00:00.000Z}}", createdAt: row.createdAt },
      ],
    };
    const view = toNotificationItemView(moved, { now: new Date(), timeZone: "Asia/Tokyo", appUrl: APP_URL });
    expect(view.title).toBe("Crimson vs Azure moved to Sun, 13 Dec 2026, 05:00 GMT+9");
    expect(view.body).toBe("Round 2 of Crown Cup.");
    expect(view.earlier[0]?.title).toBe("Crimson vs Azure moved to Fri, 11 Dec 2026, 03:00 GMT+9");
    expect(toBellItem(moved, APP_URL, "Europe/Berlin")).toMatchObject({
      title: "Crimson vs Azure moved to Sat, 12 Dec 2026, 21:00 CET",
      // The bell's tooltip: when it arrived, in the reader's zone too.
      timeFull: "Sun, 29 Nov 2026, 12:00 CET",
    });
  });

  it("maps the tabs to list filters", () => {
    expect(viewFilter("all")).toEqual({});
    expect(viewFilter("unread")).toEqual({ unreadOnly: true });
    expect(viewFilter("archived")).toEqual({ archived: true });
  });

  it("orders newest first with the id as tie-breaker, like the keyset pages", () => {
    expect(
      isOlder({ createdAt: "2026-11-28T00:00:00.000Z", id: "z" }, { createdAt: "2026-11-29T00:00:00.000Z", id: "a" }),
    ).toBe(true);
    expect(
      isOlder({ createdAt: "2026-11-29T00:00:00.000Z", id: "a" }, { createdAt: "2026-11-29T00:00:00.000Z", id: "b" }),
    ).toBe(true);
    expect(
      isOlder({ createdAt: "2026-11-29T00:00:00.000Z", id: "b" }, { createdAt: "2026-11-29T00:00:00.000Z", id: "a" }),
    ).toBe(false);
  });
});
