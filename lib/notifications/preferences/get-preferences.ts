// One user's preferences, creating their row with the defaults on first use. Race-safe: the
// insert is ON CONFLICT DO NOTHING (createMany skipDuplicates), so two first requests at once
// still leave exactly one row.
import { db, type DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toPreferences, type TPreferences } from "./to-preferences";

export const PREFERENCE_COLUMNS = {
  channels: true,
  optOutEmail: true,
  optOutInApp: true,
  optOutDiscord: true,
  emailDigest: true,
  digestTime: true,
  quietHoursStart: true,
  quietHoursEnd: true,
  duringQuietHours: true,
} as const;

export async function getPreferences(userId: string, client: DbClient = db): Promise<TPreferences> {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: { id: true, timezone: true, preference: { select: PREFERENCE_COLUMNS } },
  });
  if (!user) throw new AppError("NOT_FOUND", "That account does not exist.");
  if (user.preference) return toPreferences(user.preference, user);
  await client.notificationPreference.createMany({ data: [{ userId }], skipDuplicates: true });
  const row = await client.notificationPreference.findUniqueOrThrow({ where: { userId }, select: PREFERENCE_COLUMNS });
  return toPreferences(row, user);
}
