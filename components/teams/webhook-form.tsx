"use client";
import { type FormEvent, useId, useState, useTransition } from "react";
import { setTeamWebhookAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TriangleAlert } from "lucide-react";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

/**
 * Set or clear the team's Discord webhook. The stored URL is never sent to the browser: the field
 * starts empty and the current webhook is shown masked (…/webhooks/<id>/••••).
 */
export function WebhookForm({
  teamId,
  maskedUrl,
  broken,
}: {
  teamId: string;
  maskedUrl: string | null;
  /** Discord said the webhook is gone: since when, and what it last answered. */
  broken: { since: string; lastError: string | null } | null;
}) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const messageId = `${inputId}-message`;
  const [webhookUrl, setWebhookUrl] = useState("");
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();
  const [isClearing, setIsClearing] = useState(false);

  function save(value: string | null) {
    setIsClearing(value === null);
    startTransition(async () => {
      const answer = await setTeamWebhookAction({ teamId, webhookUrl: value });
      if (!answer.ok) return setResult({ ok: false, error: answer.error });
      setWebhookUrl("");
      setResult({
        ok: true,
        message: answer.data.maskedWebhookUrl
          ? `Saved. Team news now posts to ${answer.data.maskedWebhookUrl}.`
          : "Removed. Team news is no longer posted to Discord.",
      });
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(webhookUrl);
  }

  return (
    <div className="space-y-3">
      {broken ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900"
        >
          <TriangleAlert aria-hidden className="mr-1 inline size-4 align-[-3px]" />
          Discord says this webhook no longer exists (since {broken.since}) — set a new one.
          {broken.lastError ? <span className="block font-normal">Discord answered: {broken.lastError}</span> : null}
        </p>
      ) : null}
      <p className="text-sm text-zinc-700">
        {maskedUrl ? (
          <>
            Current webhook:{" "}
            <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-xs text-zinc-800">{maskedUrl}</code>
          </>
        ) : (
          "No webhook set: team news is not posted to your Discord server."
        )}
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium text-zinc-700">
          {maskedUrl ? "New Discord webhook URL" : "Discord webhook URL"}
        </label>
        <input
          id={inputId}
          name="webhookUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={webhookUrl}
          onChange={(event) => setWebhookUrl(event.target.value)}
          placeholder="https://discord.com/api/webhooks/…"
          aria-invalid={result?.ok === false || undefined}
          aria-describedby={result ? `${hintId} ${messageId}` : hintId}
          className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-zinc-400 focus:border-brand-500 aria-[invalid=true]:border-red-500 sm:text-sm"
        />
        <p id={hintId} className="text-xs text-zinc-500">
          In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. Match results, roster
          changes and prizes are posted there.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={isPending || webhookUrl.trim() === ""}>
            {isPending && !isClearing ? "Saving…" : "Save webhook"}
          </Button>
          {maskedUrl ? (
            <Button variant="secondary" disabled={isPending} onClick={() => save(null)}>
              {isPending && isClearing ? "Removing…" : "Remove webhook"}
            </Button>
          ) : null}
        </div>
        <div id={messageId} aria-live="polite">
          <FormMessage result={result} />
        </div>
      </form>
    </div>
  );
}
