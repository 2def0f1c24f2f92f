// The development quick sign-in, as `next dev` runs it: only from the app's own pages, 400 for a
// body that is not its form, a session and a redirect that stays on the app otherwise.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { db as appDb } from "@/lib/db";

type TDb = typeof appDb;

const APP_URL = "http://localhost:3000";
let POST: (request: Request) => Promise<Response>;
let db: TDb;

beforeAll(async () => {
  // lib/env.ts reads the environment once per module graph: load the route as under `next dev`.
  vi.resetModules();
  vi.stubEnv("NODE_ENV", "development");
  vi.stubEnv("APP_URL", APP_URL);
  ({ POST } = await import("./route"));
  ({ db } = await import("@/lib/db"));
  await db.user.create({ data: { email: "dev-admin@deltacrown.test", role: "ADMIN" } });
});

function signInRequest(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${APP_URL}/api/dev/sign-in`, { method: "POST", body, headers: { origin: APP_URL, ...headers } });
}
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const sessions = () => db.session.count();

describe("POST /api/dev/sign-in under next dev", () => {
  it("signs in from the app's own sign-in page and redirects to an app path", async () => {
    const response = await POST(
      signInRequest(form({ email: "dev-admin@deltacrown.test", callbackUrl: "/admin" }), {
        "content-type": "application/x-www-form-urlencoded",
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP_URL}/admin`);
    expect(response.headers.get("set-cookie")).toContain("authjs.session-token=");
  });

  it.each(["/\t/evil.example", "/\n/evil.example", "//evil.example", "https://evil.example", "/\\evil.example"])(
    "keeps the callback %j on the app",
    async (callbackUrl) => {
      const response = await POST(
        signInRequest(form({ email: "dev-admin@deltacrown.test", callbackUrl }), {
          "content-type": "application/x-www-form-urlencoded",
        }),
      );
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location") ?? "").origin).toBe(APP_URL);
    },
  );

  it.each([
    ["no Origin", {}],
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a LAN address as Origin", { origin: "http://192.168.1.20:3000" }],
  ])("refuses a form posted with %s (403) and creates no session", async (_label, headers) => {
    const before = await sessions();
    const request = new Request(`${APP_URL}/api/dev/sign-in`, {
      method: "POST",
      body: form({ email: "dev-admin@deltacrown.test" }),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
    const response = await POST(request);
    expect(response.status).toBe(403);
    expect(await sessions()).toBe(before);
  });

  it.each([
    ["an empty body", null, {}],
    ["a JSON body", JSON.stringify({ email: "dev-admin@deltacrown.test" }), { "content-type": "application/json" }],
    ["a form without an email", form({ callbackUrl: "/" }), { "content-type": "application/x-www-form-urlencoded" }],
  ])("answers 400, not 500, to %s", async (_label, body, headers) => {
    const response = await POST(signInRequest(body, headers));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "INVALID_INPUT" });
  });
});
