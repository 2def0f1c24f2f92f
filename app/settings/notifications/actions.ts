"use server";
// The preference page's server actions: the signed-in user changes (and tests) their own
// preferences only — the user id comes from the session, never from the input.
import { revalidatePath } from "next/cache";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { isDiscordSignInEnabled, signIn } from "@/lib/auth";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { type TPreferencesUpdateInput, ZPreferencesUpdate } from "@/lib/notifications/preferences/preferences-update-schema";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";
import { updatePreferences } from "@/lib/notifications/preferences/update-preferences";
import { sendTestNotification, type TTestNotificationResult } from "@/lib/notifications/send-test-notification";

export async function savePreferencesAction(input: TPreferencesUpdateInput): Promise<TActionResult<TPreferences>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const preferences = await updatePreferences(user.id, ZPreferencesUpdate.parse(input));
    revalidatePath("/settings/notifications");
    return preferences;
  });
}

/** "Send me a test notification": runs the notify pipeline for this user now and says what happened per channel. */
export async function sendTestNotificationAction(): Promise<TActionResult<TTestNotificationResult>> {
  return toActionResult(async () => {
    const user = await requireUser();
    return sendTestNotification(user.id);
  });
}

/** Links a Discord account to the signed-in user (Auth.js links an OAuth sign-in to the current session's user). */
export async function linkDiscordAction(): Promise<void> {
  await requireUser();
  if (!isDiscordSignInEnabled) throw new AppError("CONFLICT", "Discord sign-in is not set up on this deployment.");
  await signIn("discord", { redirectTo: "/settings/notifications" });
}
