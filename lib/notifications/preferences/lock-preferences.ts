// Read-modify-write of a preference row inside a transaction: make sure the row exists, then lock
// it (SELECT … FOR UPDATE) so two concurrent changes (the settings page and a one-click
// unsubscribe) cannot overwrite each other's channel lists.
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TPreferenceRow } from "./to-preferences";

export type TLockedPreferences = { user: { id: string; timezone: string }; row: TPreferenceRow };

export async function lockPreferences(tx: DbClient, userId: string): Promise<TLockedPreferences> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, timezone: true } });
  if (!user) throw new AppError("NOT_FOUND", "That account does not exist.");
  await tx.notificationPreference.createMany({ data: [{ userId }], skipDuplicates: true });
  const [row] = await tx.$queryRaw<TPreferenceRow[]>`
    SELECT "channels", "optOutEmail", "optOutInApp", "optOutDiscord", "emailDigest", "digestTime"
    FROM "NotificationPreference" WHERE "userId" = ${userId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "That account does not exist.");
  return { user, row };
}
