"use client";
import { useActionState } from "react";
import { signInWithEmailAction, type TSignInState } from "@/app/sign-in/actions";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, isPending] = useActionState<TSignInState, FormData>(signInWithEmailAction, {});
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium text-zinc-700">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="you@example.com"
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "email-error" : undefined}
          className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-400 focus:border-brand-500 sm:text-sm"
        />
        {state.error ? (
          <p id="email-error" role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? "Sending link…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
