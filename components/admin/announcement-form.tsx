"use client";
// Write an announcement: audience (everyone, a team, a tournament's teams), title, message and an
// optional link. The recipient count is previewed whenever the audience changes, and sending asks
// once more with that count.
import { type FormEvent, useEffect, useId, useRef, useState, useTransition } from "react";
import { createAnnouncementAction, previewAnnouncementAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { AnnouncementAudience } from "@/lib/generated/prisma/enums";
import { Field, INPUT_CLASS } from "@/components/ui/field";

type TOption = { id: string; name: string };
type TAudience = AnnouncementAudience;
type TPreview =
  { state: "loading" } | { state: "ready"; recipientCount: number; label: string } | { state: "error"; error: string };
type TResult = { ok: true; message: string } | { ok: false; error: string } | null;
type TDraft = { title: string; body: string; url: string };

const AUDIENCES: { value: TAudience; label: string }[] = [
  { value: "ALL", label: "Everyone" },
  { value: "TEAM", label: "One team" },
  { value: "TOURNAMENT", label: "A tournament’s teams" },
];

const players = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "player" : "players"}`;

export function AnnouncementForm({ teams, tournaments }: { teams: TOption[]; tournaments: TOption[] }) {
  const id = useId();
  const [audience, setAudience] = useState<TAudience>("ALL");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [tournamentId, setTournamentId] = useState(tournaments[0]?.id ?? "");
  const [preview, setPreview] = useState<TPreview>({ state: "loading" });
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();
  const latestPreview = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const targetId = audience === "TEAM" ? teamId : audience === "TOURNAMENT" ? tournamentId : null;

  useEffect(() => {
    const request = ++latestPreview.current;
    previewAnnouncementAction({ audience, targetId }).then((outcome) => {
      if (request !== latestPreview.current) return; // a newer audience was picked meanwhile
      setPreview(outcome.ok ? { state: "ready", ...outcome.data } : { state: "error", error: outcome.error });
    });
    return () => setPreview({ state: "loading" });
  }, [audience, targetId]);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = {
      title: String(form.get("title") ?? "").trim(),
      body: String(form.get("body") ?? "").trim(),
      url: String(form.get("url") ?? "").trim(),
    };
    if (!next.title || !next.body) {
      setResult({ ok: false, error: next.title ? "Enter the message." : "Enter a title." });
      return;
    }
    setResult(null);
    setDraft(next);
  };

  const send = () =>
    startTransition(async () => {
      if (!draft) return;
      const outcome = await createAnnouncementAction({ ...draft, url: draft.url || null, audience, targetId });
      setDraft(null);
      if (!outcome.ok) {
        setResult({ ok: false, error: outcome.error });
        return;
      }
      setResult({
        ok: true,
        message: `Announcement sent to ${players(outcome.data.recipientCount)}. Notifications go out in the background.`,
      });
      formRef.current?.reset();
    });

  const isEditable = !draft && !isPending;
  const recipientCount = preview.state === "ready" ? preview.recipientCount : null;

  return (
    <form ref={formRef} onSubmit={review} noValidate className="space-y-4">
      <fieldset className="space-y-2" disabled={!isEditable}>
        <legend className="text-sm font-medium text-zinc-700">Audience</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {AUDIENCES.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="audience"
                value={option.value}
                checked={audience === option.value}
                onChange={() => setAudience(option.value)}
                className="size-4 accent-brand-600"
              />
              {option.label}
            </label>
          ))}
        </div>
        {audience === "TEAM" ? (
          <Field id={`${id}-team`} label="Team">
            <select
              id={`${id}-team`}
              className={INPUT_CLASS}
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {audience === "TOURNAMENT" ? (
          <Field id={`${id}-tournament`} label="Tournament">
            <select
              id={`${id}-tournament`}
              className={INPUT_CLASS}
              value={tournamentId}
              onChange={(event) => setTournamentId(event.target.value)}
            >
              {tournaments.map((tournament) => (
                <option key={tournament.id} value={tournament.id}>
                  {tournament.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <p aria-live="polite" className="text-sm" data-testid="announcement-recipients">
          {preview.state === "loading" ? <span className="text-zinc-500">Counting recipients…</span> : null}
          {preview.state === "ready" ? (
            <span className={preview.recipientCount ? "text-zinc-700" : "text-amber-800"}>
              Reaches <strong>{players(preview.recipientCount)}</strong>: {preview.label}
            </span>
          ) : null}
          {preview.state === "error" ? <span className="text-red-700">{preview.error}</span> : null}
        </p>
      </fieldset>

      <fieldset className="space-y-3" disabled={!isEditable}>
        <legend className="sr-only">Message</legend>
        <Field id={`${id}-title`} label="Title">
          <input id={`${id}-title`} name="title" maxLength={200} required className={INPUT_CLASS} />
        </Field>
        <Field id={`${id}-body`} label="Message">
          <textarea id={`${id}-body`} name="body" rows={4} maxLength={4000} required className={INPUT_CLASS} />
        </Field>
        <Field
          id={`${id}-url`}
          label="Link (optional)"
          hint="A page on this site (/tournaments/…) or an https:// address."
        >
          <input
            id={`${id}-url`}
            name="url"
            inputMode="url"
            placeholder="/tournaments/rocket-rumble-open"
            aria-describedby={`${id}-url-hint`}
            className={INPUT_CLASS}
          />
        </Field>
      </fieldset>

      {draft ? (
        <div
          role="group"
          aria-labelledby={`${id}-question`}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p id={`${id}-question`} className="text-sm font-medium text-amber-950">
            Send “{draft.title}” to {recipientCount === null ? "this audience" : players(recipientCount)}?
          </p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" onClick={send} disabled={isPending} autoFocus>
              {isPending ? "Sending…" : "Send announcement"}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDraft(null)} disabled={isPending}>
              Back to editing
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={isPending || recipientCount === 0}>
          Review and send
        </Button>
      )}
      <FormMessage result={result} />
    </form>
  );
}
