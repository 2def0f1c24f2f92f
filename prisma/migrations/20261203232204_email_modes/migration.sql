-- Email per type becomes instant / daily digest / off (lib/notifications/preferences/to-preferences.ts),
-- replacing email on/off per type plus one daily-digest switch, and the catalog's defaults move
-- seven types from instant email to the digest. Nobody's mail changes until they edit their
-- preferences: every existing user gets a row that spells out what they received before.

ALTER TABLE "NotificationPreference" ADD COLUMN "emailDigest" JSONB NOT NULL DEFAULT '{}';

-- 1. Users who never chose were on the old defaults: give them a row to hold those.
INSERT INTO "NotificationPreference" ("id", "userId", "updatedAt")
SELECT gen_random_uuid()::text, u."id", now()
FROM "User" u
WHERE NOT EXISTS (SELECT 1 FROM "NotificationPreference" p WHERE p."userId" = u."id");

-- 2. These types used to email instantly by default; they keep doing so where the user never chose
--    (the user's own lists, on the right, win).
UPDATE "NotificationPreference"
SET "channels" = '{"invite_accepted": ["in_app", "email"], "tournament_registered": ["in_app", "email"], "bracket_ready": ["in_app", "email"], "achievement_earned": ["in_app", "email"], "sponsor_approved": ["in_app", "email"], "announcement": ["in_app", "email"], "system": ["in_app", "email"]}'::jsonb
  || CASE WHEN jsonb_typeof("channels") = 'object' THEN "channels" ELSE '{}'::jsonb END;

-- 3. The digest held every type that was not emailed on its own: such a type is "digest" for a user
--    whose digest was on, and "off" for one whose digest was off. (Types with no list now are the
--    new defaults' instant types or in-app-only types, as before.)
UPDATE "NotificationPreference" p
SET "emailDigest" = (
  SELECT jsonb_object_agg(
    t."type",
    p."digestEnabled" AND NOT CASE
      WHEN jsonb_typeof(p."channels" -> t."type") = 'array' THEN (p."channels" -> t."type") @> '"email"'::jsonb
      ELSE t."type" IN ('invite_sent', 'match_scheduled', 'match_result', 'payout_received')
    END)
  FROM unnest(enum_range(NULL::"NotificationType")::text[]) AS t("type"));

DROP INDEX "NotificationPreference_digestEnabled_digestTime_idx";
ALTER TABLE "NotificationPreference" DROP COLUMN "digestEnabled";
