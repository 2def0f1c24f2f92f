// What an unsubscribe link turns off: email for one notification type, or all email ("all").
import { z } from "zod";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TNotificationType } from "@/lib/notifications/catalog";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";

export const ZUnsubscribeScope = z.enum(["all", ...NOTIFICATION_TYPES] as ["all", ...TNotificationType[]]);
export type TUnsubscribeScope = TNotificationType | "all";

/** "Match results" or "all DeltaCrown email" — for confirmation text. */
export function describeUnsubscribeScope(scope: TUnsubscribeScope): string {
  return scope === "all" ? "all DeltaCrown email" : NOTIFICATION_CATALOG[scope].label;
}

/** Whether the user already gets no email for this scope (so the link has nothing left to do). */
export function isUnsubscribed(prefs: Pick<TPreferences, "optOutEmail" | "channels">, scope: TUnsubscribeScope): boolean {
  if (prefs.optOutEmail) return true;
  return scope !== "all" && !prefs.channels[scope].includes("email");
}
