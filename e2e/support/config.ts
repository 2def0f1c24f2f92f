// One place for what playwright.config.ts, the e2e server (start-server.ts) and the specs share: the
// ports, the URLs and the throw-away configuration the production build runs with under test.
// Kept free of imports with side effects: the Playwright config and every spec worker load it.

/** The production build's standalone server. */
export const E2E_APP_PORT = 3100;
export const E2E_APP_URL = `http://localhost:${E2E_APP_PORT}`;

/** The throw-away embedded PostgreSQL; not the dev database's port (54329), so both can run. */
export const E2E_DB_PORT = 54339;
export const E2E_DB_NAME = "deltacrown_e2e";
/** Same credentials as scripts/lib/local-database.ts (start-server.ts checks that they agree). */
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@localhost:${E2E_DB_PORT}/${E2E_DB_NAME}`;

/**
 * A local stand-in for Inngest's event API (started by start-server.ts): the app's sends succeed
 * and its outbox rows are marked sent; the specs then run the real functions on those events
 * (e2e/support/run-events.ts).
 */
export const E2E_INNGEST_PORT = 54340;
export const E2E_INNGEST_URL = `http://127.0.0.1:${E2E_INNGEST_PORT}`;

/**
 * A local stand-in for Resend (test-support/resend-stand-in.ts, started by start-server.ts): the
 * production build sends every email through the real SDK to it, and the specs read what it
 * delivered (e2e/support/mailbox.ts). Its rate limit is a paid plan's, so specs never wait on it.
 */
export const E2E_RESEND_PORT = 54341;
export const E2E_RESEND_URL = `http://127.0.0.1:${E2E_RESEND_PORT}`;
export const E2E_RESEND_REQUESTS_PER_SECOND = 10;

/** A syntactically valid Inngest signing key that Inngest Cloud never issued. */
export const E2E_INNGEST_SIGNING_KEY = `signkey-test-${"0123456789abcdef".repeat(4)}`;

/**
 * The environment of the standalone server, as a production deployment sets it (lib/env.ts validates it).
 * Variables the tests need absent are set to "" rather than left out: the app reads "" as unset,
 * and Next.js does not fill a variable that is already set (even to "") from a developer's .env.
 */
export const E2E_SERVER_ENV = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  APP_URL: E2E_APP_URL,
  AUTH_SECRET: "e2e-auth-secret-for-tests-only-0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  CRON_SECRET: "e2e-cron-secret-0123456789",
  INNGEST_SIGNING_KEY: E2E_INNGEST_SIGNING_KEY,
  INNGEST_EVENT_KEY: "test-event-key",
  // Cloud mode (signed requests only) with events going to the local stand-in, mail through the
  // Resend stand-in, no Discord.
  INNGEST_DEV: "",
  INNGEST_BASE_URL: E2E_INNGEST_URL,
  INNGEST_EVENT_API_BASE_URL: E2E_INNGEST_URL,
  INNGEST_SIGNING_KEY_FALLBACK: "",
  RESEND_API_KEY: "re_e2e_stand_in_key",
  RESEND_BASE_URL: E2E_RESEND_URL,
  RESEND_REQUESTS_PER_SECOND: String(E2E_RESEND_REQUESTS_PER_SECOND),
  EMAIL_FROM: "DeltaCrown <notifications@deltacrown.test>",
  AUTH_DISCORD_ID: "",
  AUTH_DISCORD_SECRET: "",
  DISCORD_WEBHOOK_URL: "",
  AUTH_URL: "",
  NEXTAUTH_URL: "",
} as const;
