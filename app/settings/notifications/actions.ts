"use server";
// The preference page's server action: the signed-in user changes their own preferences only —
// the user id comes from the session, never from the input.
import { revalidatePath } from "next/cache";
import { type TActionResult, toActionResult } from "@/lib/actions/action-result";
import { requireUser } from "@/lib/auth/session";
import { type TPreferencesUpdateInput, ZPreferencesUpdate } from "@/lib/notifications/preferences/preferences-update-schema";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";
import { updatePreferences } from "@/lib/notifications/preferences/update-preferences";

export async function savePreferencesAction(input: TPreferencesUpdateInput): Promise<TActionResult<TPreferences>> {
  return toActionResult(async () => {
    const user = await requireUser();
    const preferences = await updatePreferences(user.id, ZPreferencesUpdate.parse(input));
    revalidatePath("/settings/notifications");
    return preferences;
  });
}
