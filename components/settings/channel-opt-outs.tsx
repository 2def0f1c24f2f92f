// Global switches that silence a whole channel. They override the table without erasing it. Each
// saves on its own, with its status under it.
import type { TPreferencesChange } from "./preferences-changes";
import type { TOptOutKey, TPreferencesDraft } from "./preferences-draft";
import type { TSaveStatus } from "./save-status-state";
import { SaveTick } from "./save-tick";

const OPT_OUTS: { key: TOptOutKey; label: string; hint: string }[] = [
  {
    key: "optOutInApp",
    label: "Turn off all in-app notifications",
    hint: "Nothing new appears in the bell or your notification center.",
  },
  {
    key: "optOutEmail",
    label: "Turn off all email",
    hint: "No notification emails and no daily digest. Sign-in links still arrive.",
  },
  {
    key: "optOutDiscord",
    label: "Turn off all Discord notifications",
    hint: "You are never mentioned in Discord posts.",
  },
];

export function ChannelOptOuts({
  shown,
  statusOf,
  onChange,
}: {
  shown: TPreferencesDraft;
  statusOf: (control: string) => TSaveStatus | undefined;
  onChange: (change: TPreferencesChange) => void;
}) {
  return (
    <fieldset>
      <legend className="text-lg font-semibold">Turn channels off</legend>
      <p className="mt-0.5 text-sm text-zinc-600">
        Overrides the table. Your choices there are kept, so switching a channel back on restores them.
      </p>
      <div className="mt-3 grid gap-2 sm:grid-cols-3">
        {OPT_OUTS.map(({ key, label, hint }) => (
          <div key={key}>
            <label
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors ${shown[key] ? "border-amber-300 bg-amber-50" : "border-zinc-200 hover:bg-zinc-50"}`}
            >
              <input
                type="checkbox"
                className="mt-0.5 size-5 shrink-0 accent-brand-600"
                checked={shown[key]}
                aria-labelledby={`${key}-label`}
                aria-describedby={`${key}-hint ${key}-status`}
                onChange={(event) => onChange({ kind: "opt-out", key, isOn: event.target.checked })}
              />
              <span className="text-sm">
                <span id={`${key}-label`} className="block font-medium text-zinc-900">
                  {label}
                </span>
                <span id={`${key}-hint`} className="block text-zinc-600">
                  {hint}
                </span>
              </span>
            </label>
            <SaveTick id={`${key}-status`} status={statusOf(key)} className="mt-1 min-h-4 px-1" />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
