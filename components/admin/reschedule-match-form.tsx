"use client";
// Move one scheduled match: a new time in the admin's browser zone, sent as an instant. Both rosters
// are told it moved, and the check-in reminder follows the new time.
import { type FormEvent, useId, useState, useTransition } from "react";
import { rescheduleMatchAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

export function RescheduleMatchForm({ matchId, matchLabel }: { matchId: string; matchLabel: string }) {
  const id = useId();
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("scheduledAt") ?? "");
    startTransition(async () => {
      if (!value) {
        setResult({ ok: false, error: "Pick the new date and time." });
        return;
      }
      const outcome = await rescheduleMatchAction({ matchId, scheduledAt: new Date(value).toISOString() });
      setResult(
        outcome.ok
          ? {
              ok: true,
              message: outcome.data.isUnchanged
                ? "The match is already at that time; nothing changed."
                : "Match moved. Both rosters are being told.",
            }
          : outcome,
      );
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-end gap-2"
      aria-label={`Reschedule ${matchLabel}`}
    >
      <Field id={`${id}-at`} label="New time">
        <input id={`${id}-at`} name="scheduledAt" type="datetime-local" required className={INPUT_CLASS} />
      </Field>
      <Button type="submit" size="sm" disabled={isPending} aria-label={`Reschedule ${matchLabel}`}>
        {isPending ? "Moving…" : "Reschedule"}
      </Button>
      <div className="basis-full">
        <FormMessage result={result} />
      </div>
    </form>
  );
}
