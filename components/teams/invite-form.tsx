"use client";
import { type FormEvent, useId, useState, useTransition } from "react";
import { invitePlayerAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

/** The captain's invite: one field (email or username); the answer appears under it. */
export function InviteForm({ teamId, teamName }: { teamId: string; teamName: string }) {
  const inputId = useId();
  const messageId = `${inputId}-message`;
  const [invitee, setInvitee] = useState("");
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const who = invitee.trim();
    startTransition(async () => {
      const answer = await invitePlayerAction({ teamId, invitee: who });
      if (answer.ok) {
        setResult({ ok: true, message: `Invite sent to ${who}. They have 7 days to accept it.` });
        setInvitee("");
      } else {
        setResult({ ok: false, error: answer.error });
      }
    });
  }

  const isInvalid = result?.ok === false;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Invite a player to ${teamName}`}>
      <label htmlFor={inputId} className="block text-sm font-medium text-zinc-700">
        Email or username
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={inputId}
          name="invitee"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={invitee}
          onChange={(event) => setInvitee(event.target.value)}
          placeholder="player@example.com or @username"
          aria-invalid={isInvalid || undefined}
          aria-describedby={result ? messageId : undefined}
          className="block w-full min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-400 focus:border-brand-500 aria-[invalid=true]:border-red-500 sm:text-sm"
        />
        <Button type="submit" disabled={isPending} className="shrink-0">
          {isPending ? "Sending…" : "Send invite"}
        </Button>
      </div>
      <div id={messageId} aria-live="polite">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
