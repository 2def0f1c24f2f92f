// "Load more" in the notification center: the actor's next keyset page of a view, as the view
// models the list appends (times formatted in the reader's zone; an unknown zone reads as UTC).
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import type { TActor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { NotificationType } from "@/lib/generated/prisma/enums";
import { normalizeTimeZone } from "@/lib/notifications/preferences/time-zone";
import { listNotifications } from "./list-notifications";
import {
  NOTIFICATION_VIEWS,
  toNotificationPageView,
  type TNotificationPageView,
  viewFilter,
} from "./notification-view";

export const ZLoadNotificationPageInput = z.object({
  cursor: z
    .string({ error: "Nothing more to load." })
    .min(1, "Nothing more to load.")
    .max(200, "Nothing more to load."),
  view: z.enum(NOTIFICATION_VIEWS, { error: "Choose a view." }),
  type: z.enum(NotificationType, { error: "Choose a notification type." }).optional(),
  /** Only for formatting times. */
  timeZone: z.string().max(64).optional(),
});
export type TLoadNotificationPageInput = z.input<typeof ZLoadNotificationPageInput>;

export async function loadNotificationPage(
  actor: TActor,
  input: TLoadNotificationPageInput,
): Promise<TNotificationPageView> {
  const { cursor, view, type, timeZone } = parseInput(ZLoadNotificationPageInput, input);
  const page = await listNotifications(actor.id, { cursor, type, ...viewFilter(view) });
  return toNotificationPageView(page, {
    now: new Date(),
    timeZone: normalizeTimeZone(timeZone) ?? "UTC",
    appUrl: env.APP_URL,
  });
}
