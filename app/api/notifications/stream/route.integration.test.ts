// GET /api/notifications/stream through the real handler, database and LISTEN/NOTIFY; only who is
// signed in is stood in for (as in the summary route's test).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createNotifications } from "@/lib/notifications/notify/create-notifications";
import { getLiveHub } from "@/lib/notifications/live/live-hub";
import { player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { GET } from "./route";

const signedIn = vi.hoisted(() => ({ user: null as null | { id: string; role: "PLAYER" | "ADMIN" } }));
vi.mock("@/lib/auth/index", () => ({
  auth: async () => (signedIn.user ? { user: { ...signedIn.user, name: null, email: null } } : null),
}));

type TEvent = { event: string; id: string; data: { unreadCount: number; latest: { title: string }[] } };

/** The stream's events as the browser's EventSource parses them (comments — the keep-alive — skipped). */
async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<TEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    buffer += decoder.decode(read.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((line) => line && !line.startsWith(":"))
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
      );
      if (fields.data) yield { event: fields.event ?? "message", id: fields.id ?? "", data: JSON.parse(fields.data) };
    }
  }
}

const notifyZoe = (title: string, recipientIds = [seedId.user("zoe")]) =>
  createNotifications({
    type: "system",
    recipientIds,
    title,
    body: "",
    url: null,
    dedupKey: `live:${title}`,
    teamId: null,
    data: null,
  });

beforeEach(async () => {
  await resetDemoData();
  signedIn.user = null;
});

describe("GET /api/notifications/stream", () => {
  it("answers 401 to a signed-out visitor", async () => {
    expect((await GET(new Request("http://localhost/api/notifications/stream"))).status).toBe(401);
  });

  it("sends the summary on connect, again when the user's notifications change (not another user's), and lets go on disconnect", async () => {
    signedIn.user = player("zoe");
    const controller = new AbortController();
    const response = await GET(new Request("http://localhost/api/notifications/stream", { signal: controller.signal }));
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = readEvents(response.body as ReadableStream<Uint8Array>);

    const first = (await events.next()).value as TEvent;
    expect(first.event).toBe("summary");
    const unread = first.data.unreadCount;

    await notifyZoe("Not for zoe", [seedId.user("alex")]);
    await notifyZoe("Live for zoe");
    const second = (await events.next()).value as TEvent;
    expect(second.data.unreadCount).toBe(unread + 1);
    expect(second.data.latest[0]?.title).toBe("Live for zoe");
    expect(second.id).not.toBe(first.id);

    const hub = await getLiveHub();
    expect(hub.subscriberCount).toBe(1);
    controller.abort();
    await vi.waitFor(() => expect(hub.subscriberCount).toBe(0));
  });
});
