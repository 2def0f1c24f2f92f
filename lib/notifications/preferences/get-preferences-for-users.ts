// Preferences and contact details for many recipients in ONE query (users LEFT JOIN preferences),
// for the notify pipeline, announcements and digests. Read-only: users without a row get the
// defaults and no row is created. Ids are chunked only past 10,000 to keep each result bounded.
// Given what a notification is about (a tournament and/or a team), the same query also says whether
// each user has an active mute on it (NotificationMute, `until` unset or still ahead): mutes cost no
// extra statement.
import { db, type DbClient } from "@/lib/db";
import { toPreferences, type TPreferences } from "./to-preferences";

export type TRecipientPreferences = TPreferences & {
  email: string | null;
  emailVerified: boolean;
  discordUserId: string | null;
  name: string | null;
  /** The user muted the tournament or team the notification is about (false when it is about neither). */
  isMuted: boolean;
};

/** What a notification is about, for mutes. Announcements to everyone pass nothing: never muted. */
export type TMuteTarget = { tournamentId?: string | null; teamId?: string | null; now?: Date };

type TJoinedRow = {
  id: string;
  name: string | null;
  email: string | null;
  emailVerified: boolean;
  discordUserId: string | null;
  timezone: string;
  hasPreference: boolean;
  channels: unknown;
  optOutEmail: boolean | null;
  optOutInApp: boolean | null;
  optOutDiscord: boolean | null;
  emailDigest: unknown;
  digestTime: string | null;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  duringQuietHours: unknown;
  isMuted: boolean;
};

export const USERS_PER_QUERY = 10_000;

export async function getPreferencesForUsers(
  userIds: readonly string[],
  client: DbClient = db,
  about: TMuteTarget = {},
): Promise<Map<string, TRecipientPreferences>> {
  const tournamentId = about.tournamentId ?? null;
  const teamId = about.teamId ?? null;
  const now = about.now ?? new Date();
  const ids = [...new Set(userIds)];
  const result = new Map<string, TRecipientPreferences>();
  for (let start = 0; start < ids.length; start += USERS_PER_QUERY) {
    const chunk = ids.slice(start, start + USERS_PER_QUERY);
    // One bind parameter (a text[]) however long the list: no parameter limit to worry about.
    const rows = await client.$queryRaw<TJoinedRow[]>`
      SELECT u."id", u."name", u."email", (u."emailVerified" IS NOT NULL) AS "emailVerified", u."discordUserId", u."timezone",
             (p."id" IS NOT NULL) AS "hasPreference", p."channels", p."optOutEmail", p."optOutInApp", p."optOutDiscord",
             p."emailDigest", p."digestTime", p."quietHoursStart", p."quietHoursEnd", p."duringQuietHours",
             EXISTS (SELECT 1 FROM "NotificationMute" m
                     WHERE m."userId" = u."id" AND (m."until" IS NULL OR m."until" > ${now}::timestamp)
                       AND (m."tournamentId" = ${tournamentId}::text OR m."teamId" = ${teamId}::text)) AS "isMuted"
      FROM "User" u
      LEFT JOIN "NotificationPreference" p ON p."userId" = u."id"
      WHERE u."id" = ANY(${chunk}::text[])`;
    for (const row of rows) {
      const preference = row.hasPreference
        ? {
            channels: row.channels,
            optOutEmail: row.optOutEmail === true,
            optOutInApp: row.optOutInApp === true,
            optOutDiscord: row.optOutDiscord === true,
            emailDigest: row.emailDigest,
            digestTime: row.digestTime ?? "",
            quietHoursStart: row.quietHoursStart,
            quietHoursEnd: row.quietHoursEnd,
            duringQuietHours: row.duringQuietHours,
          }
        : null;
      result.set(row.id, {
        ...toPreferences(preference, { id: row.id, timezone: row.timezone }),
        email: row.email,
        emailVerified: row.email !== null && row.emailVerified,
        discordUserId: row.discordUserId,
        name: row.name,
        isMuted: row.isMuted,
      });
    }
  }
  return result;
}
