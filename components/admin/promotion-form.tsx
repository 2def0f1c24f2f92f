"use client";
// Schedule a team promotion: team, title, description, start and end (in the admin's browser time;
// sent as instants). process-promotions starts and ends it on time.
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { schedulePromotionAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field, INPUT_CLASS } from "@/components/ui/field";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

/** A datetime-local value ("2026-12-01T18:00", browser time) → the instant, or null when empty or invalid. */
function toInstant(value: FormDataEntryValue | null): Date | null {
  if (typeof value !== "string" || !value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function PromotionForm({ teams }: { teams: { id: string; name: string }[] }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const startsAt = toInstant(form.get("startsAt"));
    const endsAt = toInstant(form.get("endsAt"));
    if (!startsAt || !endsAt) {
      setResult({ ok: false, error: startsAt ? "Enter when the promotion ends." : "Enter when the promotion starts." });
      return;
    }
    const teamName = teams.find((team) => team.id === form.get("teamId"))?.name ?? "the team";
    startTransition(async () => {
      const outcome = await schedulePromotionAction({
        teamId: String(form.get("teamId") ?? ""),
        title: String(form.get("title") ?? ""),
        description: String(form.get("description") ?? "") || null,
        startsAt,
        endsAt,
      });
      if (!outcome.ok) {
        setResult({ ok: false, error: outcome.error });
        return;
      }
      setResult({
        ok: true,
        message: `Promotion scheduled for ${teamName}. It starts automatically at its start time.`,
      });
      formRef.current?.reset();
    });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-team`} label="Team">
          <select id={`${id}-team`} name="teamId" className={INPUT_CLASS} disabled={isPending}>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-title`} label="Title">
          <input
            id={`${id}-title`}
            name="title"
            maxLength={120}
            required
            className={INPUT_CLASS}
            disabled={isPending}
          />
        </Field>
      </div>
      <Field id={`${id}-description`} label="Description (optional)">
        <textarea
          id={`${id}-description`}
          name="description"
          rows={2}
          maxLength={2000}
          className={INPUT_CLASS}
          disabled={isPending}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-starts`} label="Starts" hint="Your browser’s local time.">
          <input
            id={`${id}-starts`}
            name="startsAt"
            type="datetime-local"
            required
            className={INPUT_CLASS}
            aria-describedby={`${id}-starts-hint`}
            disabled={isPending}
          />
        </Field>
        <Field id={`${id}-ends`} label="Ends">
          <input
            id={`${id}-ends`}
            name="endsAt"
            type="datetime-local"
            required
            className={INPUT_CLASS}
            disabled={isPending}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Scheduling…" : "Schedule promotion"}
        </Button>
        <FormMessage result={result} />
      </div>
    </form>
  );
}
