// What an unsubscribe link does: "all" turns on the global email opt-out; "digest" turns every type
// that was in the daily digest to "off"; a type turns its email off, instant or digest (kept even if
// the user later turns email back on globally).
// Idempotent: a second click changes nothing and says so.
import { db, type Db } from "@/lib/db";
import { lockPreferences } from "@/lib/notifications/preferences/lock-preferences";
import { NOTIFICATION_TYPES, type TEmailMode, type TNotificationType } from "@/lib/notifications/catalog";
import { applyChoices, toPreferences, toStoredChoices } from "@/lib/notifications/preferences/to-preferences";
import { describeUnsubscribeScope, isUnsubscribed, type TUnsubscribeScope } from "./unsubscribe-scope";

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
    // A type or the digest is turned off even under the global opt-out, so it stays off when email comes back on.
    const isAlready = scope === "all" ? current.optOutEmail : isUnsubscribed({ ...current, optOutEmail: false }, scope);
    if (isAlready) return { scope, changed: false, label };
    if (scope === "all") {
      await tx.notificationPreference.update({ where: { userId }, data: { optOutEmail: true } });
      return { scope, changed: true, label };
    }
    const turnedOff: Partial<Record<TNotificationType, TEmailMode>> = {};
    for (const type of NOTIFICATION_TYPES)
      if (scope === "digest" ? current.emailModes[type] === "digest" : type === scope) turnedOff[type] = "off";
    await tx.notificationPreference.update({
      where: { userId },
      data: toStoredChoices(applyChoices(current, { emailModes: turnedOff })),
    });
    return { scope, changed: true, label };
  });
}
