// Whether a notification's email and Discord mention wait for the end of the recipient's quiet
// hours, and until when: inside their window, unless the type is sent even during quiet hours (the
// catalog's default, or the user's own choice). In-app is never held.
import type { TNotificationType } from "@/lib/notifications/catalog";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";
import { quietHoursReleaseRequested } from "@/inngest/events";
import { quietWindowAt } from "./quiet-window";

export const QUIET_HOURS_HELD_REASON = "held for your quiet hours";

export function holdUntil(
  type: TNotificationType,
  prefs: Pick<TPreferences, "quietHours" | "duringQuietHours" | "timezone">,
  now: Date,
): Date | null {
  if (!prefs.quietHours || prefs.duringQuietHours[type] === "send") return null;
  const window = quietWindowAt(prefs.timezone, prefs.quietHours, now);
  return window.isQuiet ? window.endsAt : null;
}

export type TQuietReleaseEvent = ReturnType<typeof quietHoursReleaseRequested.create> & { id: string };

/** One release request per user and window end, with a deterministic id (Inngest drops a repeat). */
export function quietReleaseEventsFor(held: readonly { userId: string; releaseAt: string }[]): TQuietReleaseEvent[] {
  const unique = new Map(held.map((each) => [`${each.userId}:${each.releaseAt}`, each]));
  return [...unique.entries()].map(([key, { userId, releaseAt }]) => ({
    ...quietHoursReleaseRequested.create({ userId, releaseAt }),
    id: `quiet-release:${key}`,
  }));
}
