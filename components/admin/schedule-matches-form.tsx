"use client";
// Schedule a tournament's matches: the whole round robin for its registered teams in one go (while
// it has none), or one match at a time (two registered teams, a round, a time in the admin's zone).
import { type FormEvent, useId, useState, useTransition } from "react";
import { generateRoundRobinAction, scheduleMatchAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TAdminTeamRef } from "@/lib/admin/list-admin-tournaments";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

/** A datetime-local value is the browser's own time: send it as an instant. */
const toInstant = (value: FormDataEntryValue | null) => (value ? new Date(String(value)).toISOString() : "");

export function ScheduleMatchesForm({
  tournamentId,
  teams,
  matchCount,
}: {
  tournamentId: string;
  teams: TAdminTeamRef[];
  matchCount: number;
}) {
  const id = useId();
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();
  if (teams.length < 2) return <p className="text-sm text-zinc-600">Matches need at least two registered teams.</p>;

  const run = (event: FormEvent<HTMLFormElement>, send: (form: FormData) => Promise<TResult>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => setResult(await send(form)));
  };
  const roundRobin = (form: FormData) =>
    generateRoundRobinAction({
      tournamentId,
      firstMatchAt: toInstant(form.get("firstMatchAt")),
      hoursBetweenRounds: Number(form.get("hoursBetweenRounds")),
    }).then((outcome) =>
      outcome.ok
        ? { ok: true as const, message: `Scheduled ${outcome.data.matches} matches in ${outcome.data.rounds} rounds.` }
        : outcome,
    );
  const oneMatch = (form: FormData) =>
    scheduleMatchAction({
      tournamentId,
      teamAId: String(form.get("teamAId")),
      teamBId: String(form.get("teamBId")),
      round: Number(form.get("round")),
      scheduledAt: toInstant(form.get("scheduledAt")),
    }).then((outcome) =>
      outcome.ok ? { ok: true as const, message: `Match scheduled in round ${outcome.data.round}.` } : outcome,
    );

  return (
    <div className="space-y-5">
      {matchCount === 0 ? (
        <form onSubmit={(event) => run(event, roundRobin)} className="space-y-3">
          <p className="text-sm text-zinc-700">
            Every registered team plays every other once ({teams.length} teams). Each roster is told its matches.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${id}-first`} label="First round at">
              <input id={`${id}-first`} name="firstMatchAt" type="datetime-local" required className={INPUT_CLASS} />
            </Field>
            <Field id={`${id}-gap`} label="Hours between rounds">
              <input
                id={`${id}-gap`}
                name="hoursBetweenRounds"
                type="number"
                min={1}
                max={336}
                defaultValue={24}
                required
                className={INPUT_CLASS}
              />
            </Field>
          </div>
          <Button type="submit" size="sm" disabled={isPending}>
            {isPending ? "Scheduling…" : "Generate round robin"}
          </Button>
        </form>
      ) : null}
      <form onSubmit={(event) => run(event, oneMatch)} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          {(["teamAId", "teamBId"] as const).map((name, index) => (
            <Field key={name} id={`${id}-${name}`} label={index === 0 ? "Team A" : "Team B"}>
              <select id={`${id}-${name}`} name={name} defaultValue={teams[index]?.id} className={INPUT_CLASS}>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </Field>
          ))}
          <Field id={`${id}-round`} label="Round">
            <input
              id={`${id}-round`}
              name="round"
              type="number"
              min={1}
              max={100}
              defaultValue={1}
              className={INPUT_CLASS}
            />
          </Field>
          <Field id={`${id}-at`} label="Match time">
            <input id={`${id}-at`} name="scheduledAt" type="datetime-local" required className={INPUT_CLASS} />
          </Field>
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
          {isPending ? "Scheduling…" : "Schedule match"}
        </Button>
      </form>
      <FormMessage result={result} />
    </div>
  );
}
