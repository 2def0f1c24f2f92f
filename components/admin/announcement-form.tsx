"use client";
// Write an announcement: audience (everyone, a team, a tournament's teams), title, message and an
// optional link. The recipient count is previewed whenever the audience changes, and sending asks
// once more with that count.
import { type FormEvent, useEffect, useId, useRef, useState, useTransition } from "react";
import { createAnnouncementAction, previewAnnouncementAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage, type TFormResult } from "@/components/ui/form-message";
import type { AnnouncementAudience } from "@/lib/generated/prisma/enums";
import { Field, INPUT_CLASS } from "@/components/ui/field";

type TOption = { id: string; name: string };
type TAudience = AnnouncementAudience;
type TPreview =
  { state: "loading" } | { state: "ready"; recipientCount: number; label: string } | { state: "error"; error: string };
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
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [result, setResult] = useState<TFormResult>(null);
  const [isPending, startTransition] = useTransition();
  const step = useConfirmStep();
  const formRef = useRef<HTMLFormElement>(null);
  const targetId = audience === "TEAM" ? teamId : audience === "TOURNAMENT" ? tournamentId : null;
  const preview = useRecipientPreview(audience, targetId);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = readDraft(new FormData(event.currentTarget));
    if (!next.title || !next.body) {
      setResult({ ok: false, error: next.title ? "Enter the message." : "Enter a title." });
      return;
    }
    setResult(null);
    setDraft(next);
    step.open();
  };

  const send = () =>
    startTransition(async () => {
      if (!draft) return;
      const outcome = await createAnnouncementAction({ ...draft, url: draft.url || null, audience, targetId });
      step.close();
      if (!outcome.ok) return setResult({ ok: false, error: outcome.error });
      const reached = players(outcome.data.recipientCount);
      setResult({
        ok: true,
        isPending: true,
        message: `Queued for ${reached} — not delivered yet. It shows as sent below once the background worker has sent it.`,
      });
      formRef.current?.reset();
    });

  const isEditable = !step.isOpen && !isPending;
  const recipientCount = preview.state === "ready" ? preview.recipientCount : null;

  return (
    <form ref={formRef} onSubmit={review} noValidate className="space-y-4">
      <AudienceFields
        id={id}
        disabled={!isEditable}
        audience={audience}
        onAudience={setAudience}
        teams={teams}
        teamId={teamId}
        onTeam={setTeamId}
        tournaments={tournaments}
        tournamentId={tournamentId}
        onTournament={setTournamentId}
        preview={preview}
      />
      <MessageFields id={id} disabled={!isEditable} />
      {step.isOpen && draft ? (
        <ConfirmStep
          step={step}
          question={`Send “${draft.title}” to ${recipientCount === null ? "this audience" : players(recipientCount)}?`}
          confirmLabel="Send announcement"
          pendingLabel="Sending…"
          cancelLabel="Back to editing"
          isPending={isPending}
          onConfirm={send}
        />
      ) : (
        <Button id={step.openerId} type="submit" disabled={isPending || recipientCount === 0}>
          Review and send
        </Button>
      )}
      <FormMessage result={result} />
    </form>
  );
}

function readDraft(form: FormData): TDraft {
  const field = (name: string) => String(form.get(name) ?? "").trim();
  return { title: field("title"), body: field("body"), url: field("url") };
}

/** The recipient count of the chosen audience, asked again whenever it changes (the newest answer wins). */
function useRecipientPreview(audience: TAudience, targetId: string | null): TPreview {
  const [preview, setPreview] = useState<TPreview>({ state: "loading" });
  const latestPreview = useRef(0);
  useEffect(() => {
    const request = ++latestPreview.current;
    previewAnnouncementAction({ audience, targetId }).then((outcome) => {
      if (request !== latestPreview.current) return; // a newer audience was picked meanwhile
      setPreview(outcome.ok ? { state: "ready", ...outcome.data } : { state: "error", error: outcome.error });
    });
    return () => setPreview({ state: "loading" });
  }, [audience, targetId]);
  return preview;
}

type TAudienceFieldsProps = {
  id: string;
  disabled: boolean;
  audience: TAudience;
  onAudience: (audience: TAudience) => void;
  teams: TOption[];
  teamId: string;
  onTeam: (id: string) => void;
  tournaments: TOption[];
  tournamentId: string;
  onTournament: (id: string) => void;
  preview: TPreview;
};

function AudienceFields({ id, disabled, audience, onAudience, preview, ...choices }: TAudienceFieldsProps) {
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="text-sm font-medium text-zinc-700">Audience</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {AUDIENCES.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="audience"
              value={option.value}
              checked={audience === option.value}
              onChange={() => onAudience(option.value)}
              className="size-4 accent-brand-600"
            />
            {option.label}
          </label>
        ))}
      </div>
      {audience === "TEAM" ? (
        <TargetSelect
          id={`${id}-team`}
          label="Team"
          options={choices.teams}
          value={choices.teamId}
          onChange={choices.onTeam}
        />
      ) : null}
      {audience === "TOURNAMENT" ? (
        <TargetSelect
          id={`${id}-tournament`}
          label="Tournament"
          options={choices.tournaments}
          value={choices.tournamentId}
          onChange={choices.onTournament}
        />
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
  );
}

function TargetSelect({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: TOption[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field id={id} label={label}>
      <select id={id} className={INPUT_CLASS} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

function MessageFields({ id, disabled }: { id: string; disabled: boolean }) {
  return (
    <fieldset className="space-y-3" disabled={disabled}>
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
  );
}
