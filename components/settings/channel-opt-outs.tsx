// Global switches that silence a whole channel. They override the table without erasing it.
import type { TOptOutKey, TPreferencesDraft } from "./preferences-draft";

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
  draft,
  onChange,
}: {
  draft: TPreferencesDraft;
  onChange: (key: TOptOutKey, isOn: boolean) => void;
}) {
  return (
    <fieldset>
      <legend className="text-lg font-semibold">Turn channels off</legend>
      <p className="mt-0.5 text-sm text-zinc-600">
        Overrides the table. Your choices there are kept, so switching a channel back on restores them.
      </p>
      <div className="mt-3 grid gap-2 sm:grid-cols-3">
        {OPT_OUTS.map(({ key, label, hint }) => (
          <label
            key={key}
            className={`flex cursor-pointer gap-3 rounded-lg border p-3 transition-colors ${draft[key] ? "border-amber-300 bg-amber-50" : "border-zinc-200 hover:bg-zinc-50"}`}
          >
            <input
              type="checkbox"
              className="mt-0.5 size-5 shrink-0 accent-brand-600"
              checked={draft[key]}
              aria-labelledby={`${key}-label`}
              aria-describedby={`${key}-hint`}
              onChange={(event) => onChange(key, event.target.checked)}
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
        ))}
      </div>
    </fieldset>
  );
}
