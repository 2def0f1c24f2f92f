// Daily digest: its time (any minute) and the time zone it is read in, and what goes in it (the types
// whose email is "Daily digest" in the matrix). Each field saves on its own. Nothing is saved without
// a choice: a user who never picked a zone is offered the browser's with one click.
import { countDigestTypes, type TPreferencesDraft } from "./preferences-draft";
import type { TPreferencesChange } from "./preferences-changes";
import type { TSaveStatus } from "./save-status-state";
import { SaveTick } from "./save-tick";
import { TimeField } from "./time-field";

const FIELD_CLASS =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 disabled:bg-zinc-100 disabled:text-zinc-500 sm:text-sm";

const zoneName = (zone: string) => zone.replaceAll("_", " ");

export function DigestSettings({
  shown,
  timeZones,
  browserZone,
  isZoneUnchosen,
  emailBlockedReason,
  statusOf,
  onChange,
}: {
  shown: TPreferencesDraft;
  timeZones: readonly string[];
  browserZone: string | null;
  /** The zone is still the default and the user never chose one. */
  isZoneUnchosen: boolean;
  /** Why no email (so no digest) can be sent, e.g. all email turned off; null when email works. */
  emailBlockedReason: string | null;
  statusOf: (control: string) => TSaveStatus | undefined;
  onChange: (change: TPreferencesChange) => void;
}) {
  const zones = timeZones.includes(shown.timezone) ? timeZones : [shown.timezone, ...timeZones];
  const typeCount = countDigestTypes(shown);
  const isOff = typeCount === 0;
  const summary = isOff
    ? 'Off: no type is set to "Daily digest" above.'
    : emailBlockedReason
      ? `No digest is sent: ${emailBlockedReason}.`
      : `Your unread notifications of ${typeCount === 1 ? "1 type" : `${typeCount} types`} set to "Daily digest", in one email at ${shown.digestTime} ${zoneName(shown.timezone)} — only on days with something new.`;

  return (
    <fieldset>
      <legend className="text-lg font-semibold">Daily digest</legend>
      <div className="mt-4 grid gap-4 sm:grid-cols-[10rem_1fr]">
        <div>
          <label htmlFor="digest-time" className="block text-sm font-medium text-zinc-700">
            Digest time
          </label>
          <TimeField
            id="digest-time"
            required
            className={FIELD_CLASS}
            value={shown.digestTime}
            aria-describedby="digest-time-status digest-summary"
            onCommit={(time) => onChange({ kind: "digest-time", time })}
          />
          <SaveTick id="digest-time-status" status={statusOf("digest-time")} className="mt-1 min-h-5" />
        </div>
        <div className="min-w-0">
          <label htmlFor="time-zone" className="block text-sm font-medium text-zinc-700">
            Time zone
          </label>
          <select
            id="time-zone"
            className={FIELD_CLASS}
            value={shown.timezone}
            aria-describedby="time-zone-status time-zone-hint"
            onChange={(event) => onChange({ kind: "time-zone", zone: event.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zoneName(zone)}
              </option>
            ))}
          </select>
          <SaveTick id="time-zone-status" status={statusOf("time-zone")} className="mt-1 min-h-5" />
          {/* Always rendered, one line high: the browser's zone is only known after hydration. */}
          <p id="time-zone-hint" className="flex min-h-6 flex-wrap items-center gap-x-1 text-xs text-zinc-600">
            {isZoneUnchosen && shown.timezone !== browserZone ? <span>Not chosen yet.</span> : null}
            {browserZone !== null && browserZone !== shown.timezone ? (
              <button
                type="button"
                className="min-h-6 text-left font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
                onClick={() => onChange({ kind: "time-zone", zone: browserZone })}
              >
                Use your browser&apos;s time zone ({zoneName(browserZone)})
              </button>
            ) : null}
          </p>
        </div>
      </div>
      <p
        id="digest-summary"
        className={`mt-2 text-sm ${!isOff && emailBlockedReason ? "text-amber-800" : "text-zinc-600"}`}
      >
        {summary}
      </p>
    </fieldset>
  );
}
