"use client";
// The preferences page's one form: the matrix, the global opt-outs and the digest, saved together
// with savePreferencesAction. The server's answer replaces the working copy (it is the source of
// truth); a sticky bar keeps Save and the result in view and never changes height.
import { type FormEvent, useState, useSyncExternalStore, useTransition } from "react";
import { savePreferencesAction } from "@/app/settings/notifications/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TChannel, TNotificationType } from "@/lib/notifications/catalog";
import { SKIP_REASONS } from "@/lib/notifications/preferences/resolve-channels";
import {
  defaultChannelMap,
  defaultEmailModes,
  type TPreferences,
} from "@/lib/notifications/preferences/to-preferences";
import { ChannelMatrix } from "./channel-matrix";
import { ChannelOptOuts } from "./channel-opt-outs";
import { DigestSettings, type TZoneSource } from "./digest-settings";
import { DiscordNote } from "./discord-note";
import {
  isSameDraft,
  type TContactInfo,
  type TPreferencesDraft,
  toDraft,
  withChannel,
  withEmailMode,
} from "./preferences-draft";
import { TestNotificationPanel } from "./test-notification-panel";
import { Check } from "lucide-react";

type TSaveStatus = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string };

const noSubscription = () => () => {};
const readBrowserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

export function NotificationSettingsForm({
  initial,
  contact,
  timeZones,
  isZoneUnchosen,
}: {
  initial: TPreferences;
  contact: TContactInfo;
  timeZones: readonly string[];
  /** The stored zone is still the "UTC" default and the user never saved these settings: suggest the browser's. */
  isZoneUnchosen: boolean;
}) {
  const [saved, setSaved] = useState<TPreferencesDraft>(() => toDraft(initial));
  const [edited, setEdited] = useState<TPreferencesDraft>(() => toDraft(initial));
  const [hasChosenZone, setHasChosenZone] = useState(!isZoneUnchosen);
  const [status, setStatus] = useState<TSaveStatus>({ kind: "idle" });
  const [isSaving, startSaving] = useTransition();
  // Null on the server and during hydration, the browser's zone afterwards.
  const browserZone = useSyncExternalStore(noSubscription, readBrowserZone, () => null);

  // Until the user picks a zone (or saves), a never-chosen UTC default shows the browser's zone instead.
  const isZoneDetected = !hasChosenZone && browserZone !== null && browserZone !== saved.timezone;
  const zoneSource: TZoneSource = isZoneDetected ? "browser" : "saved";
  const draft: TPreferencesDraft = isZoneDetected ? { ...edited, timezone: browserZone } : edited;
  const isDirty = !isSameDraft(draft, saved);

  const change = (next: TPreferencesDraft) => {
    setEdited(next);
    if (status.kind !== "idle") setStatus({ kind: "idle" });
  };
  const emailBlockedReason = draft.optOutEmail
    ? SKIP_REASONS.optOutEmail
    : contact.hasVerifiedEmail
      ? null
      : SKIP_REASONS.noVerifiedEmail;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startSaving(async () => {
      const result = await savePreferencesAction(draft);
      if (result.ok) {
        const next = toDraft(result.data);
        setSaved(next);
        setEdited(next);
        setHasChosenZone(true);
        setStatus({ kind: "saved" });
      } else {
        setStatus({ kind: "error", message: result.error });
      }
    });
  };

  return (
    <div className="space-y-6">
      <form
        onSubmit={save}
        aria-label="Notification preferences"
        noValidate
        className="space-y-6 [&_button]:scroll-mb-24 [&_input]:scroll-mb-24 [&_select]:scroll-mb-24"
      >
        <Card
          title="What you get, and where"
          headingId="matrix-heading"
          description="Tick the channels for each kind of notification, and choose whether its email comes right away, in your daily digest, or not at all."
          actions={
            <Button
              variant="ghost"
              size="sm"
              onClick={() => change({ ...draft, channels: defaultChannelMap(), emailModes: defaultEmailModes() })}
            >
              Reset to defaults
            </Button>
          }
        >
          <ChannelMatrix
            draft={draft}
            contact={contact}
            onToggle={(type: TNotificationType, channel: TChannel, isOn: boolean) =>
              change(withChannel(draft, type, channel, isOn))
            }
            onEmailMode={(type, mode) => change(withEmailMode(draft, type, mode))}
          />
          <DiscordNote contact={contact} />
        </Card>

        <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <ChannelOptOuts draft={draft} onChange={(key, isOn) => change({ ...draft, [key]: isOn })} />
        </div>

        <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
          <DigestSettings
            draft={draft}
            timeZones={timeZones}
            zoneSource={zoneSource}
            browserZone={browserZone}
            emailBlockedReason={emailBlockedReason}
            onChange={(digest) => {
              if (digest.timezone !== undefined) setHasChosenZone(true);
              change({ ...draft, ...digest });
            }}
          />
        </div>

        <div className="sticky bottom-0 z-10 -mx-4 border-t border-zinc-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
          <div className="flex items-center gap-4">
            <Button type="submit" disabled={isSaving} className="min-w-36 shrink-0">
              {isSaving ? "Saving…" : "Save preferences"}
            </Button>
            <SaveStatus status={status} isSaving={isSaving} isDirty={isDirty} />
          </div>
        </div>
      </form>

      <Card title="Try it" headingId="test-heading" description="See where a notification reaches you right now.">
        <TestNotificationPanel saved={saved} contact={contact} hasUnsavedChanges={isDirty} />
      </Card>
    </div>
  );
}

/** Always present and one line high: a polite live region for progress and success, an alert for errors. */
function SaveStatus({ status, isSaving, isDirty }: { status: TSaveStatus; isSaving: boolean; isDirty: boolean }) {
  const isError = status.kind === "error" && !isSaving;
  const isSaved = status.kind === "saved" && !isSaving;
  return (
    <div className="min-h-10 min-w-0 content-center text-sm font-medium">
      <p
        role="status"
        className={isSaved ? "text-emerald-700" : isDirty && !isSaving ? "text-amber-800" : "text-zinc-600"}
      >
        {isSaving ? (
          "Saving your preferences…"
        ) : isSaved ? (
          <>
            <Check aria-hidden className="mr-1 inline size-4 align-[-3px]" />
            Preferences saved.
          </>
        ) : isDirty && !isError ? (
          "Unsaved changes."
        ) : null}
      </p>
      {isError ? (
        <p role="alert" className="text-red-700">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
