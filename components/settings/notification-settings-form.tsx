"use client";
// The preferences page's controls — the matrix, the global opt-outs, the digest and quiet hours —
// each saving on its own (use-preferences-autosave.ts), with its status beside it. There is no Save
// button: nothing waits to be saved, so nothing can be lost by leaving.
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SKIP_REASONS } from "@/lib/notifications/preferences/resolve-channels";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";
import { ChannelMatrix } from "./channel-matrix";
import { ChannelOptOuts } from "./channel-opt-outs";
import { DigestSettings } from "./digest-settings";
import { DiscordNote } from "./discord-note";
import type { TContactInfo } from "./preferences-draft";
import { QuietHoursSettings } from "./quiet-hours-settings";
import { SaveTick } from "./save-tick";
import { TestNotificationPanel } from "./test-notification-panel";
import { usePreferencesAutosave } from "./use-preferences-autosave";

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
  /** The stored zone is still the "UTC" default and the user never saved these settings: offer the browser's. */
  isZoneUnchosen: boolean;
}) {
  const { shown, confirmed, isSaving, statusOf, save } = usePreferencesAutosave(initial);
  // Null on the server and during hydration, the browser's zone afterwards.
  const browserZone = useSyncExternalStore(noSubscription, readBrowserZone, () => null);
  const [lastWindow, setLastWindow] = useState(confirmed.quietHours);
  if (confirmed.quietHours && confirmed.quietHours !== lastWindow) setLastWindow(confirmed.quietHours);

  const emailBlockedReason = shown.optOutEmail
    ? SKIP_REASONS.optOutEmail
    : contact.hasVerifiedEmail
      ? null
      : SKIP_REASONS.noVerifiedEmail;

  return (
    // Busy until hydrated (the browser's zone is known then): a change made before that cannot be saved.
    <div id="notification-settings" className="space-y-6" aria-busy={browserZone === null}>
      <Card
        title="What you get, and where"
        headingId="matrix-heading"
        description="Tick the channels for each kind of notification, and choose whether its email comes right away, in your daily digest, or not at all. Every change is saved as you make it."
        actions={
          <div className="flex flex-col items-end gap-1">
            <Button
              variant="ghost"
              size="sm"
              aria-describedby="reset-matrix-status"
              onClick={() => save({ kind: "reset-matrix" })}
            >
              Reset to defaults
            </Button>
            <SaveTick id="reset-matrix-status" status={statusOf("reset-matrix")} />
          </div>
        }
      >
        <ChannelMatrix shown={shown} contact={contact} statusOf={statusOf} onChange={save} />
        <DiscordNote contact={contact} />
      </Card>

      <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
        <ChannelOptOuts shown={shown} statusOf={statusOf} onChange={save} />
      </div>

      <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
        <DigestSettings
          shown={shown}
          timeZones={timeZones}
          browserZone={browserZone}
          isZoneUnchosen={isZoneUnchosen && confirmed.timezone === initial.timezone}
          emailBlockedReason={emailBlockedReason}
          statusOf={statusOf}
          onChange={save}
        />
      </div>

      <QuietHoursSettings shown={shown} lastWindow={lastWindow} statusOf={statusOf} onChange={save} />

      <Card title="Try it" headingId="test-heading" description="See where a notification reaches you right now.">
        <TestNotificationPanel saved={confirmed} contact={contact} isSaving={isSaving} />
      </Card>
    </div>
  );
}
