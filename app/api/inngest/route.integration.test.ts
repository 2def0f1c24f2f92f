// The Inngest endpoint: open introspection in dev mode; outside it, nothing runs without Inngest's
// signature and introspection reveals no details.
import { afterEach, describe, expect, it, vi } from "vitest";

const URL_BASE = "http://localhost:3000/api/inngest";

async function loadRoute(environment: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(environment)) vi.stubEnv(key, value);
  return import("./route");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("/api/inngest", () => {
  it("may run as long as the Inngest client plans its requests for", async () => {
    const route = await loadRoute({ INNGEST_DEV: "1" });
    const { INNGEST_REQUEST_MAX_SECONDS } = await import("@/inngest/client");
    expect(route.maxDuration).toBe(INNGEST_REQUEST_MAX_SECONDS);
  });

  it("answers introspection in dev mode", async () => {
    const route = await loadRoute({ INNGEST_DEV: "1" });
    const response = await route.GET(new Request(URL_BASE) as never, undefined as never);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ mode: "dev" });
    expect(typeof body.function_count).toBe("number");
  });

  describe("outside dev mode (production)", () => {
    const production = {
      NODE_ENV: "production",
      INNGEST_DEV: "", // the test setup turns dev mode on for every file
      AUTH_SECRET: "p".repeat(40),
      CRON_SECRET: "c".repeat(24),
      INNGEST_SIGNING_KEY: `signkey-prod-${"ab".repeat(32)}`,
      INNGEST_EVENT_KEY: "prod-event-key",
      APP_URL: "https://deltacrown.gg",
      RESEND_API_KEY: "re_prod_key",
      EMAIL_FROM: "DeltaCrown <notify@deltacrown.gg>",
    };

    it("refuses to run a function step without a signature", async () => {
      const route = await loadRoute(production);
      const request = new Request(`${URL_BASE}?fnId=deltacrown-anything&stepId=step`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          event: { name: "x", data: {} },
          events: [],
          steps: {},
          ctx: { run_id: "r", attempt: 0 },
        }),
      });
      const response = await route.POST(request as never, undefined as never);
      expect(response.status).toBe(401);
    });

    it("refuses a forged signature", async () => {
      const route = await loadRoute(production);
      const request = new Request(`${URL_BASE}?fnId=deltacrown-anything&stepId=step`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-inngest-signature": `t=${Math.floor(Date.now() / 1000)}&s=${"0".repeat(64)}`,
        },
        body: JSON.stringify({
          event: { name: "x", data: {} },
          events: [],
          steps: {},
          ctx: { run_id: "r", attempt: 0 },
        }),
      });
      const response = await route.POST(request as never, undefined as never);
      expect(response.status).toBe(401);
    });

    it("refuses unsigned introspection and reveals no function details", async () => {
      const route = await loadRoute(production);
      const response = await route.GET(new Request(URL_BASE) as never, undefined as never);
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body).not.toHaveProperty("functions");
      expect(body).not.toHaveProperty("function_count");
    });
  });
});
