// RFC 8058 one-click unsubscribe through the real route handler and database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPreferences } from "@/lib/notifications/preferences/get-preferences";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe/unsubscribe-token";
import { oneClickUnsubscribeUrl } from "@/lib/notifications/unsubscribe/unsubscribe-urls";
import { GET, POST } from "./route";
import { aUser } from "@/test-support/factories";

/** What a mail client sends for RFC 8058 one-click. */
function oneClick(url: string, contentType: "urlencoded" | "multipart" = "urlencoded") {
  if (contentType === "multipart") {
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    return new Request(url, { method: "POST", body });
  }
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

const preferenceState = async (userId: string) => db.notificationPreference.findUnique({ where: { userId } });

describe("POST /api/unsubscribe", () => {
  it("one-click with a valid token answers 200 and turns off that type's email", async () => {
    const user = await aUser();
    const response = await POST(
      oneClick(oneClickUnsubscribeUrl(createUnsubscribeToken({ userId: user.id, scope: "match_result" }))),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, scope: "match_result", changed: true });
    const prefs = await getPreferences(user.id);
    expect(prefs.channels.match_result).toEqual(["in_app"]);
    expect(prefs.optOutEmail).toBe(false);
  });

  it("one-click for all email works with a multipart body too, and again without harm", async () => {
    const user = await aUser();
    const url = oneClickUnsubscribeUrl(createUnsubscribeToken({ userId: user.id, scope: "all" }));
    expect((await POST(oneClick(url, "multipart"))).status).toBe(200);
    const again = await POST(oneClick(url));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ changed: false });
    expect((await getPreferences(user.id)).optOutEmail).toBe(true);
  });

  it("answers 400 to a tampered token and changes nothing", async () => {
    const user = await aUser();
    const victim = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "all" });
    const [version, , signature] = token.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ userId: victim.id, scope: "all" })).toString("base64url");

    for (const bad of [`${version}.${forgedPayload}.${signature}`, `${token.slice(0, -2)}xx`, "garbage"]) {
      const response = await POST(oneClick(oneClickUnsubscribeUrl(bad)));
      expect(response.status, bad).toBe(400);
      expect(await response.json()).toMatchObject({ error: "INVALID_INPUT" });
    }
    expect(await preferenceState(user.id)).toBeNull();
    expect(await preferenceState(victim.id)).toBeNull();
    expect((await getPreferences(victim.id)).optOutEmail).toBe(false);
  });

  it("answers 400 when the token is missing", async () => {
    const response = await POST(oneClick("http://localhost:3000/api/unsubscribe"));
    expect(response.status).toBe(400);
  });

  it("answers 404 for a valid token of an account that was deleted", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "all" });
    await db.user.delete({ where: { id: user.id } });
    expect((await POST(oneClick(oneClickUnsubscribeUrl(token)))).status).toBe(404);
  });

  it("sends the confirm page's form back to the page with done=1", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "invite_sent" });
    const response = await POST(
      new Request(oneClickUnsubscribeUrl(token), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "from=page",
      }),
    );
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "", "http://localhost:3000");
    expect(location.pathname).toBe("/unsubscribe");
    expect(location.searchParams.get("token")).toBe(token);
    expect(location.searchParams.get("done")).toBe("1");
    expect((await getPreferences(user.id)).channels.invite_sent).toEqual(["in_app"]);
  });
});

describe("GET /api/unsubscribe", () => {
  it("changes nothing (mail scanners prefetch links) and shows the confirm page", async () => {
    const user = await aUser();
    const token = createUnsubscribeToken({ userId: user.id, scope: "all" });
    const response = await GET(new Request(oneClickUnsubscribeUrl(token)));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe?token=${token}`);
    expect(await preferenceState(user.id)).toBeNull();
  });
});
