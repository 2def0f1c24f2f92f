"use client";
// The captain's sponsorship application: sponsor, website (https only) and the period it runs, in
// whole days (UTC, from the start day's beginning to the end day's end). It waits for an admin.
import { type FormEvent, useId, useState, useTransition } from "react";
import { applyForSponsorshipAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

const EMPTY = { name: "", websiteUrl: "", startDay: "", endDay: "" };

export function SponsorshipForm({ teamId }: { teamId: string }) {
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await applyForSponsorshipAction({
        teamId,
        name: values.name,
        websiteUrl: values.websiteUrl,
        startsAt: values.startDay ? `${values.startDay}T00:00:00.000Z` : "",
        endsAt: values.endDay ? `${values.endDay}T23:59:59.999Z` : "",
      });
      if (!answer.ok) return setResult({ ok: false, error: answer.error });
      setResult({ ok: true, message: `Sent. ${values.name.trim()} waits for an admin's approval.` });
      setValues(EMPTY);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Apply for a sponsorship">
      <Field id={`${id}-name`} label="Sponsor">
        <input
          id={`${id}-name`}
          required
          maxLength={80}
          value={values.name}
          onChange={set("name")}
          className={INPUT_CLASS}
        />
      </Field>
      <Field id={`${id}-url`} label="Website (optional)" hint="A full https:// address.">
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://…"
          spellCheck={false}
          value={values.websiteUrl}
          onChange={set("websiteUrl")}
          aria-describedby={`${id}-url-hint`}
          className={INPUT_CLASS}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${id}-start`} label="Starts">
          <input
            id={`${id}-start`}
            type="date"
            required
            value={values.startDay}
            onChange={set("startDay")}
            className={INPUT_CLASS}
          />
        </Field>
        <Field id={`${id}-end`} label="Ends">
          <input
            id={`${id}-end`}
            type="date"
            required
            value={values.endDay}
            onChange={set("endDay")}
            className={INPUT_CLASS}
          />
        </Field>
      </div>
      <Button type="submit" disabled={isPending || values.name.trim() === ""}>
        {isPending ? "Sending…" : "Apply for sponsorship"}
      </Button>
      <div aria-live="polite">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
