// Saves what a user changed on the settings page. Input is validated first (nothing is written
// when any part is wrong); the preference row and the user's time zone change in one transaction.
// Stored choices hold only what differs from the catalog default (to-preferences.ts).
import { parseInput } from "@/lib/validation/parse-input";
import { db, type Db } from "@/lib/db";
import { PREFERENCE_COLUMNS } from "./get-preferences";
import { lockPreferences } from "./lock-preferences";
import { type TPreferencesUpdateInput, ZPreferencesUpdate } from "./preferences-update-schema";
import { applyChoices, toPreferences, toStoredChoices, toStoredQuietModes, type TPreferences } from "./to-preferences";

export async function updatePreferences(
  userId: string,
  input: TPreferencesUpdateInput,
  client: Db = db,
): Promise<TPreferences> {
  const update = parseInput(ZPreferencesUpdate, input);
  return client.$transaction(async (tx) => {
    const { user, row } = await lockPreferences(tx, userId);
    const current = toPreferences(row, user);
    const saved = await tx.notificationPreference.update({
      where: { userId },
      data: {
        ...(update.channels || update.emailModes ? toStoredChoices(applyChoices(current, update)) : {}),
        optOutEmail: update.optOutEmail,
        optOutInApp: update.optOutInApp,
        optOutDiscord: update.optOutDiscord,
        digestTime: update.digestTime,
        ...(update.quietHours !== undefined
          ? { quietHoursStart: update.quietHours?.start ?? null, quietHoursEnd: update.quietHours?.end ?? null }
          : {}),
        ...(update.duringQuietHours
          ? { duringQuietHours: toStoredQuietModes({ ...current.duringQuietHours, ...update.duringQuietHours }) }
          : {}),
      },
      select: PREFERENCE_COLUMNS,
    });
    let timezone = user.timezone;
    if (update.timezone !== undefined && update.timezone !== user.timezone) {
      timezone = (
        await tx.user.update({ where: { id: userId }, data: { timezone: update.timezone }, select: { timezone: true } })
      ).timezone;
    }
    return toPreferences(saved, { id: userId, timezone });
  });
}
