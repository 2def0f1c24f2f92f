// Caps magic-link requests so nobody can make the app mail-bomb an address, with or without an
// account. Counted in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres, table SignInRateLimit,
// created by a migration) so every server instance shares the counts. Auth.js calls it from
// sendVerificationRequest (send-sign-in-link.ts): the one step every magic link passes through, from
// the sign-in form's action and from a direct POST to /api/auth/signin/email alike.
import { createHash } from "node:crypto";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

type TLimit = { points: number; durationSeconds: number };
export type TSignInRequestLimits = Record<"perAddress" | "perIp", TLimit>;

/** Magic-link requests allowed per email address and per client IP in each window. */
export const SIGN_IN_REQUEST_LIMITS: TSignInRequestLimits = {
  perAddress: { points: 5, durationSeconds: 60 * 60 },
  perIp: { points: 20, durationSeconds: 60 * 60 },
};

export type TSignInLimiters = Record<keyof TSignInRequestLimits, RateLimiterPostgres>;

export function createSignInLimiters(
  pool: pg.Pool,
  limits: TSignInRequestLimits = SIGN_IN_REQUEST_LIMITS,
): TSignInLimiters {
  const limiter = (keyPrefix: string, { points, durationSeconds }: TLimit) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: Prisma.ModelName.SignInRateLimit,
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
      // Once a key is refused, this instance refuses it from memory until its window ends: a flood
      // does not cost a database write per request.
      inMemoryBlockOnConsumed: points + 1,
    });
  return { perAddress: limiter("sign-in:address", limits.perAddress), perIp: limiter("sign-in:ip", limits.perIp) };
}

const globalForLimiters = globalThis as unknown as { deltacrownSignInLimiters?: TSignInLimiters };

/** Created on first use, over the app's pool (lib/db.ts); kept across hot reloads. */
function defaultLimiters(): TSignInLimiters {
  if (globalForLimiters.deltacrownSignInLimiters) return globalForLimiters.deltacrownSignInLimiters;
  const limiters = createSignInLimiters(pool);
  globalForLimiters.deltacrownSignInLimiters = limiters;
  return limiters;
}

/**
 * Counts one magic-link request for `email` (trimmed, lowercased) and for `ip`; throws RATE_LIMITED,
 * saying when to try again, once either is over its limit. Call it before any mail is sent.
 * `ip` is null when the request carries none (see lib/http/get-client-ip.ts): then only the address
 * is counted — one shared "unknown" bucket would let anyone lock everybody out.
 */
export async function limitSignInRequests(
  { email, ip }: { email: string; ip: string | null },
  limiters: TSignInLimiters = defaultLimiters(),
): Promise<void> {
  // The IP first: a request refused for its IP does not spend the address's allowance.
  if (ip) await consumeOrThrow(limiters.perIp, ip);
  await consumeOrThrow(limiters.perAddress, addressKey(email));
}

/** The address as stored: hashed, so the table holds no address in clear and any length fits varchar(255). */
function addressKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

async function consumeOrThrow(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
    if (!(error instanceof RateLimiterRes)) throw error;
    const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
    throw new AppError(
      "RATE_LIMITED",
      `Too many sign-in links requested. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    );
  }
}
