// What an unsubscribe link turns off: email for one notification type, the daily digest
// ("digest"), or all email ("all").
import { z } from "zod";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TNotificationType } from "@/lib/notifications/catalog";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";

export const ZUnsubscribeScope = z.enum(["all", "digest", ...NOTIFICATION_TYPES] as [
  "all",
  "digest",
  ...TNotificationType[],
]);
export type TUnsubscribeScope = TNotificationType | "all" | "digest";

/** "Match results", "the daily digest" or "all DeltaCrown email" — for confirmation text. */
export function describeUnsubscribeScope(scope: TUnsubscribeScope): string {
  if (scope === "all") return "all DeltaCrown email";
  if (scope === "digest") return "the daily digest";
  return NOTIFICATION_CATALOG[scope].label;
}

/** Whether the user already gets no email for this scope (so the link has nothing left to do). */
export function isUnsubscribed(
  prefs: Pick<TPreferences, "optOutEmail" | "emailModes">,
  scope: TUnsubscribeScope,
): boolean {
  if (prefs.optOutEmail) return true;
  if (scope === "all") return false;
  if (scope === "digest") return !Object.values(prefs.emailModes).includes("digest");
  return prefs.emailModes[scope] === "off";
}
