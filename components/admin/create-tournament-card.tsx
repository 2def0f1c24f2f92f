"use client";
// Create a tournament: name, game, start (the admin's own time), how many teams it takes and the
// prize for each paid place (the specification's 1000 / 500 / 250 coins to start with). It opens
// for registration at once; its card then schedules the matches.
import Link from "next/link";
import { type FormEvent, useId, useState, useTransition } from "react";
import { createTournamentAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DEFAULT_PRIZES } from "@/lib/payouts/places";

const PLACES = ["1st", "2nd", "3rd"] as const;
type TCreated = { name: string; slug: string } | null;

export function CreateTournamentCard() {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<TCreated>(null);
  const [isPending, startTransition] = useTransition();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    startTransition(async () => {
      const startsAt = String(form.get("startsAt") ?? "");
      const outcome = await createTournamentAction({
        name: String(form.get("name") ?? ""),
        game: String(form.get("game") ?? ""),
        startsAt: startsAt ? new Date(startsAt).toISOString() : "",
        maxTeams: Number(form.get("maxTeams")),
        prizes: PLACES.map((place) => Number(form.get(`prize-${place}`))),
      });
      if (!outcome.ok) {
        setError(outcome.error);
        return;
      }
      setError(null);
      setCreated({ name: outcome.data.name, slug: outcome.data.slug });
      element.reset();
    });
  };

  return (
    <Card headingId="create-tournament" title="New tournament" description="Opens for registration once created.">
      <form onSubmit={submit} className="space-y-3" aria-label="New tournament">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${id}-name`} label="Name">
            <input id={`${id}-name`} name="name" required maxLength={80} className={INPUT_CLASS} />
          </Field>
          <Field id={`${id}-game`} label="Game">
            <input id={`${id}-game`} name="game" required maxLength={40} className={INPUT_CLASS} />
          </Field>
          <Field id={`${id}-starts`} label="Starts at">
            <input id={`${id}-starts`} name="startsAt" type="datetime-local" required className={INPUT_CLASS} />
          </Field>
          <Field id={`${id}-size`} label="Teams (most)">
            <input
              id={`${id}-size`}
              name="maxTeams"
              type="number"
              min={2}
              max={64}
              defaultValue={16}
              className={INPUT_CLASS}
            />
          </Field>
        </div>
        <fieldset className="grid grid-cols-3 gap-3">
          <legend className="mb-1 text-sm font-medium text-zinc-700">Prizes (coins)</legend>
          {PLACES.map((place, index) => (
            <Field key={place} id={`${id}-${place}`} label={`${place} place`}>
              <input
                id={`${id}-${place}`}
                name={`prize-${place}`}
                type="number"
                min={0}
                defaultValue={DEFAULT_PRIZES[index]}
                className={INPUT_CLASS}
              />
            </Field>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="sm" disabled={isPending}>
            {isPending ? "Creating…" : "Create tournament"}
          </Button>
          {error ? <FormMessage result={{ ok: false, error }} /> : null}
          {created && !error ? (
            <p role="status" className="text-sm text-emerald-700">
              Created{" "}
              <Link href={`/tournaments/${created.slug}`} className="font-medium underline underline-offset-2">
                {created.name}
              </Link>
              . Teams can register now.
            </p>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
