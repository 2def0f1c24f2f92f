// Daily digest: its time (any minute) and the time zone it is read in, and what goes in it (the types
// whose email is "Daily digest" in the matrix). A user who never chose a zone gets the browser's
// pre-selected (the parent decides; this shows "Detected from your browser").
import { countDigestTypes, type TPreferencesDraft } from "./preferences-draft";

export type TZoneSource = "saved" | "browser";

const SELECT_CLASS =
  "mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-500 disabled:bg-zinc-100 disabled:text-zinc-500 sm:text-sm";

export function DigestSettings({
  draft,
  timeZones,
  zoneSource,
  browserZone,
  emailBlockedReason,
  onChange,
}: {
  draft: TPreferencesDraft;
  timeZones: readonly string[];
  zoneSource: TZoneSource;
  browserZone: string | null;
  /** Why no email (so no digest) can be sent, e.g. all email turned off; null when email works. */
  emailBlockedReason: string | null;
  onChange: (change: Partial<Pick<TPreferencesDraft, "digestTime" | "timezone">>) => void;
}) {
  const zones = timeZones.includes(draft.timezone) ? timeZones : [draft.timezone, ...timeZones];
  const canUseBrowserZone = zoneSource === "saved" && browserZone !== null && browserZone !== draft.timezone;
  const typeCount = countDigestTypes(draft);
  const isOff = typeCount === 0;
  const summary = isOff
    ? 'Off: no type is set to "Daily digest" above.'
    : emailBlockedReason
      ? `No digest is sent: ${emailBlockedReason}.`
      : `Your unread notifications of ${typeCount === 1 ? "1 type" : `${typeCount} types`} set to "Daily digest", in one email at ${draft.digestTime} ${draft.timezone.replaceAll("_", " ")} — only on days with something new.`;

  return (
    <fieldset>
      <legend className="text-lg font-semibold">Daily digest</legend>
      <div className="mt-4 grid gap-4 sm:grid-cols-[10rem_1fr]">
        <div>
          <label htmlFor="digest-time" className="block text-sm font-medium text-zinc-700">
            Digest time
          </label>
          <input
            id="digest-time"
            type="time"
            required
            className={SELECT_CLASS}
            value={draft.digestTime}
            aria-describedby="digest-summary"
            onChange={(event) => {
              if (event.target.value) onChange({ digestTime: event.target.value });
            }}
          />
        </div>
        <div className="min-w-0">
          <label htmlFor="time-zone" className="block text-sm font-medium text-zinc-700">
            Time zone
          </label>
          <select
            id="time-zone"
            className={SELECT_CLASS}
            value={draft.timezone}
            aria-describedby="time-zone-hint"
            onChange={(event) => onChange({ timezone: event.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          {/* Always rendered, one line high: the browser's zone is only known after hydration. */}
          <p id="time-zone-hint" className="mt-1 flex min-h-6 items-center text-xs text-zinc-600">
            {zoneSource === "browser" ? (
              <>Detected from your browser — save to keep it.</>
            ) : canUseBrowserZone ? (
              <button
                type="button"
                className="min-h-6 text-left font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600"
                onClick={() => onChange({ timezone: browserZone })}
              >
                Use your browser&apos;s time zone ({browserZone.replaceAll("_", " ")})
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
