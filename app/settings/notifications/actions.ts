"use server";
// The preference page's server actions: the signed-in user changes (and tests) their own
// preferences only — the user id comes from the session, never from the input.
import { defineAction } from "@/lib/actions/define-action";
import type { TActor } from "@/lib/auth/actor";
import { isDiscordSignInEnabled, signIn } from "@/lib/auth";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { TPreferencesUpdateInput } from "@/lib/notifications/preferences/preferences-update-schema";
import { updatePreferences } from "@/lib/notifications/preferences/update-preferences";
import { sendTestNotification } from "@/lib/notifications/send-test-notification";

/** One control's change as a partial update (components/settings/preferences-changes.ts); answers the whole saved state. */
export const savePreferencesAction = defineAction(
  "user",
  (actor: TActor, input: TPreferencesUpdateInput) => updatePreferences(actor.id, input),
  {
    revalidate: ["/settings/notifications"],
  },
);

/** "Send me a test notification": runs the notify pipeline for this user now and says what happened per channel. */
export const sendTestNotificationAction = defineAction("user", (actor: TActor) => sendTestNotification(actor.id));

/** Links a Discord account to the signed-in user (Auth.js links an OAuth sign-in to the current session's user). */
export async function linkDiscordAction(): Promise<void> {
  await requireUser();
  if (!isDiscordSignInEnabled) throw new AppError("CONFLICT", "Discord sign-in is not set up on this deployment.");
  await signIn("discord", { redirectTo: "/settings/notifications" });
}
