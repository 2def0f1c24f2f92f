// GET /api/notifications/summary through the real handler and database; only who is signed in is
// stood in for (Auth.js reads the request's cookies, which a plain Request in Vitest has not).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { setNotificationsRead } from "@/lib/notifications/inbox/update-notifications";
import { GET } from "./route";

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; role: "PLAYER" | "ADMIN" } }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (signedIn.user ? { user: { ...signedIn.user, name: null, email: null } } : null),
}));

const base = new Date("2026-11-29T12:00:00Z");
const summaryRequest = (etag?: string) =>
  new Request("http://localhost/api/notifications/summary", { headers: etag ? { "if-none-match": etag } : {} });

beforeEach(async () => {
  await resetDemoData();
  signedIn.user = null;
  await db.notification.deleteMany({ where: { userId: { in: [seedId.user("zoe"), seedId.user("alex")] } } });
  await db.notification.createMany({
    data: Array.from({ length: 8 }, (_, index) => ({
      id: `bell${index}`,
      userId: seedId.user("zoe"),
      type: index % 2 === 0 ? ("match_result" as const) : ("announcement" as const),
      title: `News ${index}`,
      body: "",
      url: index === 7 ? "javascript:alert(1)" : `/tournaments/t${index}`,
      dedupKey: `bell-${index}`,
      createdAt: new Date(base.getTime() + index * 60_000),
      readAt: index < 3 ? base : null,
      archivedAt: index === 6 ? base : null,
    })),
  });
  await db.notification.create({
    data: {
      id: "alex1",
      userId: seedId.user("alex"),
      type: "system",
      title: "Not zoe's",
      body: "",
      dedupKey: "alex-1",
    },
  });
});

describe("GET /api/notifications/summary", () => {
  it("answers 401 JSON to a signed-out visitor, uncached", async () => {
    const response = await GET(summaryRequest());
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ error: "UNAUTHENTICATED" });
  });

  it("gives the user's unread count and five newest inbox notifications, never another user's", async () => {
    signedIn.user = player("zoe");
    const response = await GET(summaryRequest());
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    const body = await response.json();
    // Unread and not archived: 3, 4, 5, 7 (6 is archived).
    expect(body.unreadCount).toBe(4);
    expect(body.latest.map((item: { id: string }) => item.id)).toEqual(["bell7", "bell5", "bell4", "bell3", "bell2"]);
    expect(body.latest[1]).toEqual({
      id: "bell5",
      type: "announcement",
      title: "News 5",
      url: "/tournaments/t5",
      createdAt: new Date(base.getTime() + 5 * 60_000).toISOString(),
      timeFull: "Sun, 29 Nov 2026, 12:05 UTC",
      readAt: null,
      about: null,
    });
    expect(body.latest[4].readAt).toBe(base.toISOString());
    // An unsafe link is never handed to the browser.
    expect(body.latest[0].url).toBeNull();
  });

  it("answers 304 while nothing changed, and 200 with a new ETag once the user's notifications change", async () => {
    signedIn.user = player("zoe");
    const first = await GET(summaryRequest());
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"[0-9a-f]{8}-\d+"$/);
    expect((await GET(summaryRequest(etag))).status).toBe(304);

    await setNotificationsRead(player("zoe"), { ids: ["bell7"], isRead: true });
    await vi.waitFor(async () => expect((await GET(summaryRequest(etag))).status).toBe(200));
    const changed = await GET(summaryRequest(etag));
    expect((await changed.json()).unreadCount).toBe(3);
    expect(changed.headers.get("etag")).not.toBe(etag);
    // Another user's change leaves zoe's ETag alone.
    const current = changed.headers.get("etag") ?? "";
    await setNotificationsRead(player("alex"), { ids: ["alex1"], isRead: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await GET(summaryRequest(current))).status).toBe(304);
  });
});
