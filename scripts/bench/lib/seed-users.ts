// The recipients of the announcement benches, seeded in two statements (INSERT … SELECT
// generate_series) and described the same way in both reports.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatCount } from "./measure";

export type TUserMix = {
  users: number;
  withPreference: number;
  optOutInApp: number;
  optOutEmail: number;
  discordChosen: number;
  unverified: number;
  discordLinked: number;
  discordPending: number;
};

/** bench-user-00001 … (zero-padded to `count`'s width, so the ids sort as the numbers do). */
export const benchUserId = (i: number, count: number) => `bench-user-${String(i).padStart(String(count).length, "0")}`;

/**
 * `count` users (UTC): 90% with a verified email, 20% with Discord linked. Every user has a preference
 * row with announcements emailed at once, as the email_modes migration left every user who existed
 * before it (today's default puts them in the daily digest, which would send no announcement email):
 * 1 in 20 opted out of in-app, 1 in 12 of email, and 1 in 8 chose Discord for announcements too.
 */
export async function seedUsers(db: PrismaClient, count: number): Promise<void> {
  const width = String(count).length;
  await db.$executeRaw`INSERT INTO "User" (id, name, email, "emailVerified", "discordUserId", "updatedAt")
    SELECT 'bench-user-' || lpad(i::text, ${width}::int, '0'), 'Player ' || i, 'player-' || i || '@bench.test', CASE WHEN i % 10 <> 0 THEN now() END,
      CASE WHEN i % 5 = 0 THEN (100000000000000000 + i)::text END, now()
    FROM generate_series(1, ${count}::int) i`;
  await db.$executeRaw`INSERT INTO "NotificationPreference" (id, "userId", channels, "optOutEmail", "optOutInApp", "updatedAt")
    SELECT 'bench-preference-' || i, 'bench-user-' || lpad(i::text, ${width}::int, '0'),
      CASE WHEN i % 8 = 0 THEN '{"announcement": ["in_app", "email", "discord"]}'::jsonb ELSE '{"announcement": ["in_app", "email"]}'::jsonb END,
      i % 12 = 0, i % 20 = 0, now()
    FROM generate_series(1, ${count}::int) i`;
  await db.$executeRawUnsafe("ANALYZE");
}

export async function readUserMix(db: PrismaClient): Promise<TUserMix> {
  const [mix] = await db.$queryRaw<TUserMix[]>`
    SELECT count(*)::int AS users, count(p.id)::int AS "withPreference", count(*) FILTER (WHERE p."optOutInApp")::int AS "optOutInApp",
      count(*) FILTER (WHERE p."optOutEmail")::int AS "optOutEmail", count(*) FILTER (WHERE p.channels -> 'announcement' ? 'discord')::int AS "discordChosen",
      count(*) FILTER (WHERE u."emailVerified" IS NULL)::int AS unverified, count(u."discordUserId")::int AS "discordLinked",
      count(*) FILTER (WHERE p.channels -> 'announcement' ? 'discord' AND u."discordUserId" IS NOT NULL)::int AS "discordPending"
    FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id`;
  if (!mix) throw new Error("readUserMix: no answer");
  return mix;
}

export function describeUserMix(mix: TUserMix): string {
  return (
    `${formatCount(mix.users)} users: ${formatCount(mix.users - mix.withPreference)} with the default preferences, ${formatCount(mix.withPreference)} with a preference row ` +
    `(${formatCount(mix.optOutInApp)} opted out of in-app, ${formatCount(mix.optOutEmail)} of email, ${formatCount(mix.discordChosen)} chose Discord too, ` +
    `${formatCount(mix.discordPending)} of them linked); ${formatCount(mix.unverified)} unverified emails, ${formatCount(mix.discordLinked)} Discord links`
  );
}
