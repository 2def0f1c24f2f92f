// What an unsubscribe link does: "all" turns on the global email opt-out; "digest" turns the daily
// digest off; a type removes email from that type's channels (kept even if the user later turns
// email back on globally).
// Idempotent: a second click changes nothing and says so.
import { db, type Db } from "@/lib/db";
import { lockPreferences } from "@/lib/notifications/preferences/lock-preferences";
import { toChannelOverrides, toPreferences } from "@/lib/notifications/preferences/to-preferences";
import { describeUnsubscribeScope, type TUnsubscribeScope } from "./unsubscribe-scope";

export type TUnsubscribeResult = {
  scope: TUnsubscribeScope;
  /** False when the user already got no email for this scope's setting. */
  changed: boolean;
  /** "Match results" or "all DeltaCrown email". */
  label: string;
};

export async function applyUnsubscribe(
  { userId, scope }: { userId: string; scope: TUnsubscribeScope },
  client: Db = db,
): Promise<TUnsubscribeResult> {
  const label = describeUnsubscribeScope(scope);
  return client.$transaction(async (tx) => {
    const { user, row } = await lockPreferences(tx, userId);
    const current = toPreferences(row, user);
    if (scope === "all") {
      if (current.optOutEmail) return { scope, changed: false, label };
      await tx.notificationPreference.update({ where: { userId }, data: { optOutEmail: true } });
      return { scope, changed: true, label };
    }
    if (scope === "digest") {
      if (!current.digestEnabled) return { scope, changed: false, label };
      await tx.notificationPreference.update({ where: { userId }, data: { digestEnabled: false } });
      return { scope, changed: true, label };
    }
    if (!current.channels[scope].includes("email")) return { scope, changed: false, label };
    const channels = { ...current.channels, [scope]: current.channels[scope].filter((channel) => channel !== "email") };
    await tx.notificationPreference.update({ where: { userId }, data: { channels: toChannelOverrides(channels) } });
    return { scope, changed: true, label };
  });
}
