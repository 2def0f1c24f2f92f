// Per-webhook rate-limit memory. When Discord answers `X-RateLimit-Remaining: 0` (or a 429), the
// webhook's bucket is empty for `X-RateLimit-Reset-After` (or `retry_after`) seconds; the next run
// posting to that webhook — a different run, maybe on another machine — must wait that long, so the
// time is kept in the database (DiscordRateLimit) by webhook key, never by URL.
import { db } from "@/lib/db";
import type { TDiscordRateLimit } from "./post-webhook";

/** Until when posts to `webhookKey` must wait; null when they need not. */
export async function readBlockedUntil(webhookKey: string, now = new Date()): Promise<Date | null> {
  const row = await db.discordRateLimit.findUnique({ where: { webhookKey }, select: { blockedUntil: true } });
  return row && row.blockedUntil > now ? row.blockedUntil : null;
}

/** Remembers an empty bucket (remaining 0 → its reset), or `waitMs` from a 429; never shortens a wait already known. */
export async function rememberRateLimit(
  webhookKey: string,
  rateLimit: TDiscordRateLimit,
  now = new Date(),
  waitMs?: number,
): Promise<void> {
  const ms = Math.max(waitMs ?? 0, rateLimit.remaining === 0 ? (rateLimit.resetAfterMs ?? 0) : 0);
  if (ms <= 0) return;
  const until = new Date(now.getTime() + ms);
  await db.$executeRaw`
    INSERT INTO "DiscordRateLimit" ("webhookKey", "blockedUntil", "updatedAt") VALUES (${webhookKey}, ${until}, ${now})
    ON CONFLICT ("webhookKey") DO UPDATE SET "blockedUntil" = GREATEST("DiscordRateLimit"."blockedUntil", EXCLUDED."blockedUntil"), "updatedAt" = EXCLUDED."updatedAt"`;
}
