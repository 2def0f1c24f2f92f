"use client";
// A player on no team names a new one (and, if they like, its tag); on success they land on the
// team's page as its captain.
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState, useTransition } from "react";
import { createTeamAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function CreateTeamForm() {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState("");
  const [tag, setTag] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const answer = await createTeamAction({ name, tag });
      if (answer.ok) router.push(`/teams/${answer.data.slug}`);
      else setError(answer.error);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Create a team">
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <Field id={`${id}-name`} label="Team name" hint="3 to 40 characters; your team's page address is made from it.">
          <input
            id={`${id}-name`}
            name="name"
            required
            maxLength={40}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={`${id}-name-hint`}
            className={INPUT_CLASS}
          />
        </Field>
        <Field id={`${id}-tag`} label="Tag (optional)" hint="2 to 5 letters or digits.">
          <input
            id={`${id}-tag`}
            name="tag"
            maxLength={5}
            autoComplete="off"
            autoCapitalize="characters"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
            aria-describedby={`${id}-tag-hint`}
            className={`${INPUT_CLASS} font-mono uppercase`}
          />
        </Field>
      </div>
      <Button type="submit" disabled={isPending || name.trim() === ""}>
        {isPending ? "Creating…" : "Create team"}
      </Button>
      <div aria-live="polite">
        <FormMessage result={error ? { ok: false, error } : null} />
      </div>
    </form>
  );
}
