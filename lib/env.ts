// The one place that reads configuration. Every variable is validated once, at first import, with
// a message that names the variable and says what is wrong. Defaults make `npm run dev` work with
// no .env at all; production (`npm start`, Vercel) must set the secrets.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Port of the embedded PostgreSQL that `npm run dev` starts when DATABASE_URL is not set. */
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
const DEV_AUTH_SECRET = "development-only-secret-never-use-in-production-0000";
const DEV_APP_URL = "http://localhost:3000";
const DEV_EMAIL_FROM = "DeltaCrown <notifications@deltacrown.test>";

/** https, or http on this machine only (the production build run locally, e.g. by the e2e tests). */
function isHttpsOrLoopback(value: string): boolean {
  const url = new URL(value);
  return (
    url.protocol === "https:" ||
    (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
  );
}

const ZPostgresUrl = z
  .url({ message: "must be a URL like postgresql://user:password@host:5432/database" })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgresql:// or postgres://");

/**
 * Inngest Cloud's keys read signkey-<environment>-<hex>; a self-hosted server's (`inngest start
 * --signing-key`) is the bare hex. The SDK signs with the hex either way.
 */
const ZSigningKey = z
  .string()
  .regex(
    /^(signkey-[a-z]+-)?([0-9a-f]{2})+$/i,
    'must be "signkey-<environment>-<hex>" (Inngest dashboard → Manage → Signing key) or, self-hosted, the server\'s hex key',
  );

const ZFlag = z
  .enum(["1", "0", "true", "false"], { message: 'must be "1", "0", "true" or "false"' })
  .transform((value) => value === "1" || value === "true");

const server = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: ZPostgresUrl.optional(),
  /**
   * The direct (unpooled) connection, for migrations: a transaction-mode pooler (PgBouncer,
   * Neon's -pooler host, Supabase's port 6543) cannot hold the migration lock. Defaults to DATABASE_URL.
   */
  DIRECT_URL: ZPostgresUrl.optional(),
  /** Connections per app instance (per serverless function instance on Vercel): keep it small behind a pooler. */
  DATABASE_POOL_MAX: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(5),
  /** How long an idle connection stays open (ms); short on serverless, where an instance may be frozen. */
  DATABASE_IDLE_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int("must be a whole number")
    .min(1_000, "must be at least 1000 (1 s)")
    .max(600_000, "must be at most 600000 (10 min)")
    .default(5_000),
  /** Days the cleanup job keeps read and hidden notifications (with their deliveries) and finished runs. */
  RETENTION_DAYS: z.coerce
    .number({ message: "must be a number of days" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(3_650, "must be at most 3650 (10 years)")
    .default(90),
  /** Minutes before a match's start that both rosters get the check-in reminder (match_starting). */
  MATCH_REMINDER_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(1_440, "must be at most 1440 (24 hours)")
    .default(30),
  /**
   * Hours a completed tournament's prizes wait before they are paid (as FACEIT holds them), so an
   * admin can freeze the payout over a dispute. 0 pays at the next wrap-up.
   */
  PRIZE_HOLD_HOURS: z.coerce
    .number({ message: "must be a number of hours" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(720, "must be at most 720 (30 days)")
    .default(24),
  EMBEDDED_PG_PORT: z.coerce
    .number({ message: "must be a port number" })
    .int()
    .min(1024, "must be a port between 1024 and 65535")
    .max(65535, "must be a port between 1024 and 65535")
    .default(DEFAULT_EMBEDDED_PG_PORT),
  /**
   * Where `npm run dev` listens (next dev and the Inngest dev server): this machine only by default,
   * because development has quick sign-in as admin, a mailbox of everyone's sign-in links and an
   * unsigned /api/inngest. Set 0.0.0.0 to reach it from your network, knowing that.
   */
  HOST: z
    .string()
    .regex(/^[\w.:[\]-]+$/, "must be a host name or IP address, like 127.0.0.1 or 0.0.0.0")
    .default("127.0.0.1"),
  APP_URL: z.url({ message: "must be the public URL of the app, like https://deltacrown.gg" }).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one: openssl rand -base64 32)").optional(),
  AUTH_TRUST_HOST: ZFlag.default(true),
  AUTH_DISCORD_ID: z.string().min(1).optional(),
  AUTH_DISCORD_SECRET: z.string().min(1).optional(),
  INNGEST_DEV: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: ZSigningKey.optional(),
  INNGEST_SIGNING_KEY_FALLBACK: ZSigningKey.optional(),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.url({ message: "must be a URL" }).optional(),
  INNGEST_EVENT_API_BASE_URL: z.url({ message: "must be a URL" }).optional(),
  RESEND_API_KEY: z.string().startsWith("re_", 'must start with "re_" (Resend dashboard → API keys)').optional(),
  RESEND_BASE_URL: z.url({ message: "must be a URL" }).optional(),
  /** Resend's rate limit for your team (2 by default; raise it when Resend raises yours): the email function's throttle. */
  RESEND_REQUESTS_PER_SECOND: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(100, "must be at most 100")
    .default(2),
  /** Resend → Webhooks → the endpoint's signing secret: /api/webhooks/resend verifies every call with it. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .startsWith("whsec_", 'must start with "whsec_" (Resend dashboard → Webhooks → your endpoint → Signing secret)')
    .optional(),
  EMAIL_FROM: z
    .string()
    .regex(/^(.+<[^@\s]+@[^@\s]+>|[^@\s]+@[^@\s]+)$/, 'must be an address like "DeltaCrown <notify@deltacrown.gg>"')
    .optional(),
  DISCORD_WEBHOOK_URL: z.url({ message: "must be a Discord webhook URL" }).optional(),
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * Who fires the scheduled jobs: Inngest's own crons (default), or Vercel Cron calling
   * /api/cron/<job> (the Inngest functions then register without cron triggers). Never both.
   */
  SCHEDULER: z.enum(["inngest", "vercel"], { message: 'must be "inngest" or "vercel"' }).default("inngest"),
};

type TRawEnv = Record<string, string | undefined>;

/** Parses configuration from `source`; throws one Error naming every invalid variable. */
export function parseEnv(source: TRawEnv) {
  // `next build` runs with NODE_ENV=production but without the deployment's secrets.
  const isBuild = source.NEXT_PHASE === "phase-production-build";
  const parsed = createEnv({
    server,
    runtimeEnv: source,
    isServer: true,
    emptyStringAsUndefined: true,
    createFinalSchema: (shape) =>
      z.object(shape).superRefine((value, ctx) => {
        const requireIn = (key: keyof typeof server, why: string) => {
          if (value[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message: why });
        };
        // Production refuses to start on anything that would quietly weaken it: no fallback
        // database, no localhost links in emails, no cookie without Secure, no unsigned Inngest
        // endpoint, no sign-in mail that goes nowhere.
        if (value.NODE_ENV === "production" && !isBuild) {
          requireIn("DATABASE_URL", "is required in production (the embedded PostgreSQL is for development only)");
          requireIn(
            "APP_URL",
            "is required in production: links in emails and the session cookie's Secure flag come from it",
          );
          requireIn("AUTH_SECRET", "is required in production (generate one: openssl rand -base64 32)");
          if (value.SCHEDULER === "vercel") {
            requireIn(
              "CRON_SECRET",
              "is required in production with SCHEDULER=vercel: Vercel Cron calls /api/cron/* with it",
            );
          }
          requireIn("INNGEST_SIGNING_KEY", "is required in production: /api/inngest verifies requests with it");
          requireIn("INNGEST_EVENT_KEY", "is required in production: sending events needs it");
          requireIn(
            "RESEND_API_KEY",
            "is required in production: without it no email (not even a sign-in link) is sent",
          );
          requireIn(
            "EMAIL_FROM",
            'is required in production: the sender of every email, like "DeltaCrown <notify@deltacrown.gg>"',
          );
          if (value.INNGEST_DEV) {
            ctx.addIssue({
              code: "custom",
              path: ["INNGEST_DEV"],
              message:
                "must not be set in production: it switches off the signature check on /api/inngest (self-hosted Inngest: set INNGEST_BASE_URL and the keys instead)",
            });
          }
          if (value.APP_URL && !isHttpsOrLoopback(value.APP_URL)) {
            ctx.addIssue({
              code: "custom",
              path: ["APP_URL"],
              message:
                "must be https in production (http only for localhost, when running the production build locally)",
            });
          }
        }
        if (Boolean(value.AUTH_DISCORD_ID) !== Boolean(value.AUTH_DISCORD_SECRET)) {
          ctx.addIssue({
            code: "custom",
            path: [value.AUTH_DISCORD_ID ? "AUTH_DISCORD_SECRET" : "AUTH_DISCORD_ID"],
            message: "set both AUTH_DISCORD_ID and AUTH_DISCORD_SECRET to enable Discord sign-in, or neither",
          });
        }
      }),
    onValidationError: (issues) => {
      const lines = issues.map((issue) => {
        const key = issue.path?.map((part) => (typeof part === "object" ? String(part.key) : String(part))).join(".");
        return `  - ${key ?? "(configuration)"} ${issue.message}`;
      });
      throw new Error(`Invalid configuration (see .env.example):\n${lines.join("\n")}`);
    },
  });
  const isProduction = parsed.NODE_ENV === "production";
  const embeddedDatabaseUrl = `postgresql://postgres:postgres@localhost:${parsed.EMBEDDED_PG_PORT}/deltacrown`;
  return {
    ...parsed,
    APP_URL: parsed.APP_URL ?? DEV_APP_URL,
    EMAIL_FROM: parsed.EMAIL_FROM ?? DEV_EMAIL_FROM,
    /** The database to use: DATABASE_URL, or the embedded PostgreSQL of `npm run dev`. */
    DATABASE_URL: parsed.DATABASE_URL ?? embeddedDatabaseUrl,
    /** Where migrations run: DIRECT_URL, else DATABASE_URL, else the embedded PostgreSQL. */
    DIRECT_URL: parsed.DIRECT_URL ?? parsed.DATABASE_URL ?? embeddedDatabaseUrl,
    /** True when DATABASE_URL is unset and the project's embedded PostgreSQL is the database. */
    isEmbeddedDatabase: parsed.DATABASE_URL === undefined,
    isProduction,
    /** Development conveniences (quick sign-in, mailbox) exist only under `next dev`. */
    isDevelopment: parsed.NODE_ENV === "development",
    AUTH_SECRET: parsed.AUTH_SECRET ?? DEV_AUTH_SECRET,
    /** Inngest dev mode: explicit INNGEST_DEV (never in production, see above), else on outside production. */
    isInngestDev: parsed.INNGEST_DEV ? !["0", "false"].includes(parsed.INNGEST_DEV) : !isProduction,
  };
}

export type TEnv = ReturnType<typeof parseEnv>;

export const env: TEnv = parseEnv(process.env);
