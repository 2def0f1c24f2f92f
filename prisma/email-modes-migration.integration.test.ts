// The 20261203232204_email_modes migration turns email on/off per type plus one daily-digest switch
// into an email mode per type (instant / digest / off) while the catalog's defaults change. What
// each existing user receives must stay the same until they edit their preferences.
import { describe, expect, it } from "vitest";
import { NOTIFICATION_TYPES, type TEmailMode, type TNotificationType } from "@/lib/notifications/catalog";
import { toPreferences } from "@/lib/notifications/preferences/to-preferences";
import { migrate } from "@/scripts/lib/migrate";
import { databaseBeforeMigration } from "@/test-support/database-before-migration";

const MIGRATION = "20261203232204_email_modes";

/** The defaults before this migration: these types emailed at once, the others only reached the digest. */
const OLD_EMAIL_DEFAULTS = new Set<string>([
  "invite_sent",
  "invite_accepted",
  "tournament_registered",
  "match_scheduled",
  "match_result",
  "bracket_ready",
  "payout_received",
  "achievement_earned",
  "sponsor_approved",
  "announcement",
  "system",
]);

/** Types added by later migrations: nobody had a choice for them to keep (they start at the catalog default). */
const LATER_TYPES = new Set<string>(["match_starting"]);
const TYPES_AT_MIGRATION = NOTIFICATION_TYPES.filter((type) => !LATER_TYPES.has(type));

/** What a user received per type under the old rules: instant email, or a place in the digest, or neither. */
function oldModes(channels: Record<string, string[]>, digestEnabled: boolean): Record<TNotificationType, TEmailMode> {
  return Object.fromEntries(
    TYPES_AT_MIGRATION.map((type) => {
      const isInstant = channels[type] ? channels[type].includes("email") : OLD_EMAIL_DEFAULTS.has(type);
      return [type, isInstant ? "instant" : digestEnabled ? "digest" : "off"];
    }),
  ) as Record<TNotificationType, TEmailMode>;
}

type TOldRow = { channels: Record<string, string[]>; digest: boolean; optOutEmail?: boolean };
const USERS: { id: string; row: TOldRow | null }[] = [
  { id: "never-chose", row: null },
  {
    id: "chose-some",
    row: {
      channels: { match_result: ["in_app"], roster_changed: ["in_app", "email"], bracket_ready: [] },
      digest: true,
    },
  },
  { id: "digest-off", row: { channels: { achievement_earned: ["in_app"] }, digest: false } },
  { id: "opted-out", row: { channels: {}, digest: true, optOutEmail: true } },
];

describe(`migration ${MIGRATION}`, () => {
  it("keeps every user's instant email and digest content per type, with or without a preference row", async () => {
    const { url, client } = await databaseBeforeMigration(MIGRATION);
    try {
      for (const user of USERS) {
        await client.query(`INSERT INTO "User" (id, timezone, "updatedAt") VALUES ($1, 'Europe/Berlin', now())`, [
          user.id,
        ]);
        if (user.row)
          await client.query(
            `INSERT INTO "NotificationPreference" (id, "userId", channels, "digestEnabled", "optOutEmail", "digestTime", "updatedAt")
             VALUES ($1, $1, $2, $3, $4, '18:30', now())`,
            [user.id, JSON.stringify(user.row.channels), user.row.digest, user.row.optOutEmail ?? false],
          );
      }

      await migrate(url);

      const rows = await client.query(
        `SELECT "userId", channels, "emailDigest", "optOutEmail", "optOutInApp", "optOutDiscord", "digestTime"
         FROM "NotificationPreference" ORDER BY "userId"`,
      );
      expect(rows.rows.map((row) => row.userId)).toEqual(USERS.map((user) => user.id).sort());
      for (const user of USERS) {
        const row = rows.rows.find((each) => each.userId === user.id);
        const prefs = toPreferences(row, { id: user.id, timezone: "Europe/Berlin" });
        const modesAtMigration = Object.fromEntries(TYPES_AT_MIGRATION.map((type) => [type, prefs.emailModes[type]]));
        expect(modesAtMigration, user.id).toEqual(oldModes(user.row?.channels ?? {}, user.row?.digest ?? true));
        expect(prefs.optOutEmail, user.id).toBe(user.row?.optOutEmail ?? false);
        expect(prefs.digestTime, user.id).toBe(user.row ? "18:30" : "08:00");
      }
      // Sanity: the new defaults really differ, so the rows above are what keeps the old behaviour.
      const fresh = toPreferences(null, { id: "new", timezone: "UTC" });
      expect(fresh.emailModes.bracket_ready).toBe("digest");
      expect(oldModes({}, true).bracket_ready).toBe("instant");
    } finally {
      await client.end();
    }
  });
});
