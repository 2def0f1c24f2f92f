"use client";
// Post a scheduled match's result: pick the match, enter both scores (labelled with the teams).
import { type FormEvent, useId, useState, useTransition } from "react";
import { postMatchResultAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field, INPUT_CLASS } from "@/components/ui/field";

export type TMatchOption = { id: string; label: string; teamA: string; teamB: string };

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

export function PostMatchResultForm({ matches }: { matches: TMatchOption[] }) {
  const id = useId();
  const [matchId, setMatchId] = useState(matches[0]?.id ?? "");
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();
  const match = matches.find((option) => option.id === matchId) ?? matches[0];

  if (!match)
    return (
      <p className="text-sm text-zinc-600">
        {result?.ok ? `${result.message} ` : ""}No scheduled matches left to score.
      </p>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    startTransition(async () => {
      const scoreA = String(form.get("scoreA") ?? "").trim();
      const scoreB = String(form.get("scoreB") ?? "").trim();
      if (scoreA === "" || scoreB === "") {
        setResult({ ok: false, error: "Enter both scores." });
        return;
      }
      const outcome = await postMatchResultAction({
        matchId: match.id,
        scoreA: Number(scoreA),
        scoreB: Number(scoreB),
      });
      if (!outcome.ok) {
        setResult({ ok: false, error: outcome.error });
        return;
      }
      const { scoreA: a, scoreB: b, winnerId } = outcome.data;
      const verdict = winnerId === null ? "a draw" : `${a > b ? match.teamA : match.teamB} won`;
      setResult({
        ok: true,
        message: outcome.data.isUnchanged
          ? "That result was already recorded; nothing changed."
          : `Result posted: ${match.teamA} ${a}–${b} ${match.teamB}, ${verdict}.`,
      });
      element.reset();
    });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-describedby={result && !result.ok ? `${id}-message` : undefined}
    >
      <Field id={`${id}-match`} label="Match">
        <select
          id={`${id}-match`}
          className={INPUT_CLASS}
          value={match.id}
          onChange={(event) => setMatchId(event.target.value)}
        >
          {matches.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${id}-a`} label={`${match.teamA} score`}>
          <input
            id={`${id}-a`}
            name="scoreA"
            type="number"
            inputMode="numeric"
            min={0}
            max={999}
            required
            className={INPUT_CLASS}
            key={`a-${match.id}`}
          />
        </Field>
        <Field id={`${id}-b`} label={`${match.teamB} score`}>
          <input
            id={`${id}-b`}
            name="scoreB"
            type="number"
            inputMode="numeric"
            min={0}
            max={999}
            required
            className={INPUT_CLASS}
            key={`b-${match.id}`}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={isPending}>
          {isPending ? "Posting…" : "Post result"}
        </Button>
        <div id={`${id}-message`}>
          <FormMessage result={result} />
        </div>
      </div>
    </form>
  );
}
