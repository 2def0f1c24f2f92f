"use server";
// Sign-in and sign-out. The magic link is sent by Auth.js through the app's mail layer.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeCallbackUrl } from "@/lib/links/safe-link";

const ZSignInInput = z.object({
  email: z.email({ message: "Enter a valid email address." }),
  callbackUrl: z.string().optional(),
});

export type TSignInState = { error?: string };

export async function signInWithEmailAction(_state: TSignInState, formData: FormData): Promise<TSignInState> {
  const parsed = ZSignInInput.safeParse({ email: formData.get("email"), callbackUrl: formData.get("callbackUrl") ?? undefined });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address." };
  try {
    // Without `redirect: false` the browser would land on /api/auth/verify-request (Auth.js's hop).
    await signIn("email", { email: parsed.data.email, redirectTo: safeCallbackUrl(parsed.data.callbackUrl, env.APP_URL), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      // Too many links asked for (lib/auth/limit-sign-in-requests.ts): say when to try again.
      const cause = error.cause?.err;
      if (cause instanceof AppError && cause.code === "RATE_LIMITED") return { error: cause.message };
      return { error: "We could not send the sign-in link. Please try again." };
    }
    throw error;
  }
  redirect("/sign-in/check-email");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
