"use client";
// Write an announcement: audience (everyone, a team, a tournament's teams), title, message and an
// optional link. The recipient count shows whenever the audience changes; "Review" renders on the
// server what players will get (the notice, the real email, the audience) and only then "Send to N
// players" — or "Edit", back to the fields as they were. The steps: announcement-form-state.ts.
import { type FormEvent, useEffect, useId, useReducer, useRef, useState, useTransition } from "react";
import { createAnnouncementAction, previewAnnouncementAction, reviewAnnouncementAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form-message";
import type { AnnouncementAudience } from "@/lib/generated/prisma/enums";
import { Field, INPUT_CLASS } from "@/components/ui/field";
import { plural } from "@/lib/format/plural";
import { announcementFormReducer, INITIAL_ANNOUNCEMENT_FORM, type TAnnouncementDraft } from "./announcement-form-state";
import { AnnouncementReview } from "./announcement-review";

type TOption = { id: string; name: string };
type TAudience = AnnouncementAudience;
type TPreview =
  { state: "loading" } | { state: "ready"; recipientCount: number; label: string } | { state: "error"; error: string };

const AUDIENCES: { value: TAudience; label: string }[] = [
  { value: "ALL", label: "Everyone" },
  { value: "TEAM", label: "One team" },
  { value: "TOURNAMENT", label: "A tournament’s teams" },
];

const players = (count: number) => plural(count, "player", "players");

export function AnnouncementForm({ teams, tournaments }: { teams: TOption[]; tournaments: TOption[] }) {
  const id = useId();
  const [audience, setAudience] = useState<TAudience>("ALL");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [tournamentId, setTournamentId] = useState(tournaments[0]?.id ?? "");
  const [state, dispatch] = useReducer(announcementFormReducer, INITIAL_ANNOUNCEMENT_FORM);
  const [, startTransition] = useTransition();
  const step = useConfirmStep();
  const formRef = useRef<HTMLFormElement>(null);
  const targetId = audience === "TEAM" ? teamId : audience === "TOURNAMENT" ? tournamentId : null;
  const preview = useRecipientPreview(audience, targetId);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = readDraft(new FormData(event.currentTarget));
    dispatch({ type: "review", draft });
    if (!draft.title || !draft.body) return;
    startTransition(async () => {
      const outcome = await reviewAnnouncementAction({ ...draft, audience, targetId });
      if (!outcome.ok) return dispatch({ type: "failed", error: outcome.error });
      dispatch({ type: "previewed", preview: outcome.data });
      step.open();
    });
  };

  const send = () => {
    if (state.phase !== "review") return;
    const { draft } = state;
    dispatch({ type: "send" });
    startTransition(async () => {
      const outcome = await createAnnouncementAction({ ...draft, url: draft.url || null, audience, targetId });
      step.close();
      if (!outcome.ok) return dispatch({ type: "failed", error: outcome.error });
      dispatch({ type: "sent", recipientCount: outcome.data.recipientCount });
      formRef.current?.reset();
    });
  };

  const edit = () => {
    dispatch({ type: "edit" });
    step.close();
  };

  const isEditable = state.phase === "editing";
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
      {(state.phase === "review" || state.phase === "sending") && step.isOpen ? (
        <ConfirmStep
          step={{ ...step, close: edit }}
          question={`Review “${state.draft.title}” before it goes out`}
          details={<AnnouncementReview preview={state.preview} />}
          confirmLabel={`Send to ${players(state.preview.recipientCount)}`}
          pendingLabel="Sending…"
          cancelLabel="Edit"
          isPending={state.phase === "sending"}
          onConfirm={send}
        />
      ) : (
        <Button id={step.openerId} type="submit" disabled={!isEditable || recipientCount === 0}>
          {state.phase === "previewing" ? "Rendering the review…" : "Review"}
        </Button>
      )}
      <FormMessage result={state.phase === "editing" ? state.result : null} />
    </form>
  );
}

function readDraft(form: FormData): TAnnouncementDraft {
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
