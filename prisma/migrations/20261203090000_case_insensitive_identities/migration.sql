-- Emails and usernames compare case-insensitively with "=" (citext), so lookups need no ILIKE
-- (whose % and _ wildcards a captain could type) and the unique indexes serve them.
-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "username" SET DATA TYPE CITEXT,
ALTER COLUMN "email" SET DATA TYPE CITEXT;
