"use server";
// Sign-in and sign-out. The magic link is requested through lib/auth/request-sign-in-link.ts.
import { redirect } from "next/navigation";
import { toActionResult } from "@/lib/actions/action-result";
import { signOut } from "@/lib/auth";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";

export type TSignInState = { error?: string };

export async function signInWithEmailAction(_state: TSignInState, formData: FormData): Promise<TSignInState> {
  const sent = await toActionResult(() =>
    requestSignInLink({
      email: String(formData.get("email") ?? ""),
      callbackUrl: formData.get("callbackUrl")?.toString(),
    }),
  );
  if (!sent.ok) return { error: sent.error };
  redirect("/sign-in/check-email");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
