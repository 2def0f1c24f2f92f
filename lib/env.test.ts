import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const PRODUCTION_SECRETS = {
  NODE_ENV: "production",
  SCHEDULER: "vercel",
  DATABASE_URL: "postgresql://app:secret@db.example.com:5432/deltacrown",
  APP_URL: "https://deltacrown.gg",
  RESEND_API_KEY: "re_live_123",
  EMAIL_FROM: "DeltaCrown <notify@deltacrown.gg>",
  AUTH_SECRET: "x".repeat(40),
  CRON_SECRET: "c".repeat(20),
  INNGEST_SIGNING_KEY: "signkey-prod-abc123",
  INNGEST_EVENT_KEY: "event-key",
};

function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected parseEnv to throw");
}

describe("configuration", () => {
  it("runs with no configuration at all in development, on the embedded database", () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe("development");
    expect(env.isEmbeddedDatabase).toBe(true);
    expect(env.DATABASE_URL).toBe("postgresql://postgres:postgres@localhost:54329/deltacrown");
    expect(env.isInngestDev).toBe(true);
    expect(env.isDevelopment).toBe(true);
    expect(env.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("uses DATABASE_URL when set and the embedded port from EMBEDDED_PG_PORT otherwise", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.example.com:5432/app" })).toMatchObject({
      DATABASE_URL: "postgresql://u:p@db.example.com:5432/app",
      isEmbeddedDatabase: false,
    });
    expect(parseEnv({ EMBEDDED_PG_PORT: "55001" }).DATABASE_URL).toBe(
      "postgresql://postgres:postgres@localhost:55001/deltacrown",
    );
  });

  it("names every secret production is missing and says why", () => {
    const message = errorOf({ NODE_ENV: "production", SCHEDULER: "vercel" });
    expect(message).toContain("AUTH_SECRET is required in production");
    expect(message).toContain("CRON_SECRET is required in production with SCHEDULER=vercel");
    expect(message).toContain("INNGEST_SIGNING_KEY is required in production");
    expect(message).toContain("INNGEST_EVENT_KEY is required in production");
    expect(message).toContain("DATABASE_URL is required in production");
    expect(message).toContain("APP_URL is required in production");
    expect(message).toContain("RESEND_API_KEY is required in production");
    expect(message).toContain("EMAIL_FROM is required in production");
  });

  it("takes a self-hosted Inngest server's bare hex signing key", () => {
    expect(parseEnv({ ...PRODUCTION_SECRETS, INNGEST_SIGNING_KEY: "0a1b".repeat(16) }).INNGEST_SIGNING_KEY).toBe(
      "0a1b".repeat(16),
    );
  });

  it("needs no cron secret when Inngest fires the schedules (the default)", () => {
    expect(() => parseEnv({ ...PRODUCTION_SECRETS, SCHEDULER: undefined, CRON_SECRET: undefined })).not.toThrow();
    expect(errorOf({ ...PRODUCTION_SECRETS, SCHEDULER: "cron-job.org" })).toContain(
      'SCHEDULER must be "inngest" or "vercel"',
    );
  });

  it.each([
    "DATABASE_URL",
    "APP_URL",
    "RESEND_API_KEY",
    "EMAIL_FROM",
    "AUTH_SECRET",
    "CRON_SECRET",
    "INNGEST_SIGNING_KEY",
    "INNGEST_EVENT_KEY",
  ] as const)("refuses to start in production without %s (no development default stands in)", (key) => {
    expect(errorOf({ ...PRODUCTION_SECRETS, [key]: undefined })).toContain(`${key} is required in production`);
    expect(errorOf({ ...PRODUCTION_SECRETS, [key]: "" })).toContain(`${key} is required in production`);
  });

  it.each(["1", "0", "true", "false", "http://localhost:8288"])(
    "refuses INNGEST_DEV=%j in production: it would switch off signature checks",
    (value) => {
      expect(errorOf({ ...PRODUCTION_SECRETS, INNGEST_DEV: value })).toContain(
        "INNGEST_DEV must not be set in production",
      );
    },
  );

  it.each(["http://deltacrown.gg", "http://10.0.0.5:3000", "ftp://deltacrown.gg"])(
    "refuses APP_URL %s in production: it must be https",
    (value) => {
      expect(errorOf({ ...PRODUCTION_SECRETS, APP_URL: value })).toContain("APP_URL must be https in production");
    },
  );

  it("accepts http APP_URL on this machine only, for running the production build locally", () => {
    expect(parseEnv({ ...PRODUCTION_SECRETS, APP_URL: "http://localhost:3100" }).APP_URL).toBe("http://localhost:3100");
    expect(parseEnv({ ...PRODUCTION_SECRETS, APP_URL: "http://127.0.0.1:3100" }).APP_URL).toBe("http://127.0.0.1:3100");
  });

  it("accepts a complete production configuration, in Inngest cloud mode", () => {
    const env = parseEnv(PRODUCTION_SECRETS);
    expect(env.isProduction).toBe(true);
    expect(env.isDevelopment).toBe(false);
    expect(env.isInngestDev).toBe(false);
  });

  it("lets `next build` run without the deployment's secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });

  it.each([
    [{ DATABASE_URL: "mysql://root@localhost/app" }, "DATABASE_URL must start with postgresql:// or postgres://"],
    [{ DATABASE_URL: "not a url" }, "DATABASE_URL must be a URL like postgresql://"],
    [{ EMBEDDED_PG_PORT: "80" }, "EMBEDDED_PG_PORT must be a port between 1024 and 65535"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET must be at least 32 characters"],
    [{ RESEND_API_KEY: "sk_live_123" }, 'RESEND_API_KEY must start with "re_"'],
    [{ EMAIL_FROM: "not-an-address" }, "EMAIL_FROM must be an address like"],
    [{ DISCORD_WEBHOOK_URL: "discord" }, "DISCORD_WEBHOOK_URL must be a Discord webhook URL"],
    [{ INNGEST_SIGNING_KEY: "abc" }, 'INNGEST_SIGNING_KEY must be "signkey-<environment>-<hex>"'],
    [{ INNGEST_SIGNING_KEY: "signkey-prod-not-hex" }, 'INNGEST_SIGNING_KEY must be "signkey-<environment>-<hex>"'],
    [{ AUTH_DISCORD_ID: "123" }, "AUTH_DISCORD_SECRET set both AUTH_DISCORD_ID and AUTH_DISCORD_SECRET"],
    [{ AUTH_TRUST_HOST: "yes" }, 'AUTH_TRUST_HOST must be "1", "0", "true" or "false"'],
  ])("rejects %o with a message naming the variable", (source, expected) => {
    expect(errorOf(source)).toContain(expected);
  });

  it("reports every invalid variable at once", () => {
    const message = errorOf({ DATABASE_URL: "nope", CRON_SECRET: "short" });
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/CRON_SECRET must be at least 16 characters/);
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", RESEND_API_KEY: "" });
    expect(env.isEmbeddedDatabase).toBe(true);
    expect(env.RESEND_API_KEY).toBeUndefined();
  });
});
