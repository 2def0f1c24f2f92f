// Quiet hours: a window in the player's own time zone during which email and Discord mentions wait
// until it ends (in-app stays immediate), and the types that go out even then. Every field saves on
// its own; while quiet hours are off the window last shown is kept here, ready to switch back on.
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import type { TQuietHours } from "@/lib/notifications/quiet-hours/quiet-window";
import { Card } from "@/components/ui/card";
import { controlOf, type TPreferencesChange } from "./preferences-changes";
import type { TPreferencesDraft } from "./preferences-draft";
import type { TSaveStatus } from "./save-status-state";
import { SaveTick } from "./save-tick";
import { TimeField } from "./time-field";

const DEFAULT_WINDOW: TQuietHours = { start: "23:00", end: "08:00" };
const TIME_CLASS = "ml-2 rounded-md border border-zinc-300 px-2 py-1 disabled:bg-zinc-100 disabled:text-zinc-500";

export function QuietHoursSettings({
  shown,
  lastWindow,
  statusOf,
  onChange,
}: {
  shown: TPreferencesDraft;
  /** The window to switch back on: the saved one, or the one last shown before switching off. */
  lastWindow: TQuietHours | null;
  statusOf: (control: string) => TSaveStatus | undefined;
  onChange: (change: TPreferencesChange) => void;
}) {
  const shownWindow = shown.quietHours ?? lastWindow ?? DEFAULT_WINDOW;
  const isOn = shown.quietHours !== null;
  return (
    <Card
      title="Quiet hours"
      headingId="quiet-hours-heading"
      description={`Email and Discord mentions wait until your quiet hours end (${shown.timezone} time); in-app notifications still arrive.`}
    >
      <div className="space-y-4">
        <div>
          <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
            <input
              type="checkbox"
              className="size-4 accent-brand-600"
              checked={isOn}
              aria-describedby="quiet-hours-status"
              onChange={(event) => onChange({ kind: "quiet-hours", window: event.target.checked ? shownWindow : null })}
            />
            Pause email and Discord mentions during quiet hours
          </label>
          <SaveTick id="quiet-hours-status" status={statusOf("quiet-hours")} className="mt-1 min-h-4" />
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-3">
          {(["start", "end"] as const).map((edge) => (
            <div key={edge}>
              <label className="text-sm text-zinc-700">
                {edge === "start" ? "From" : "Until"}
                <TimeField
                  className={TIME_CLASS}
                  value={shownWindow[edge]}
                  disabled={!isOn}
                  aria-describedby={`quiet-${edge}-status`}
                  onCommit={(time) => onChange({ kind: "quiet-edge", edge, time })}
                />
              </label>
              <SaveTick
                id={`quiet-${edge}-status`}
                status={statusOf(controlOf({ kind: "quiet-edge", edge, time: "" }))}
                className="mt-1 min-h-4"
              />
            </div>
          ))}
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">Even during quiet hours</legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {NOTIFICATION_TYPES.map((type) => {
              const control = controlOf({ kind: "during-quiet-hours", type, isSent: false });
              return (
                <li key={type} className="flex flex-wrap items-center gap-x-2">
                  <label className="flex min-h-8 items-center gap-2 text-sm text-zinc-700">
                    <input
                      type="checkbox"
                      className="size-4 accent-brand-600"
                      checked={shown.duringQuietHours[type] === "send"}
                      aria-describedby={`${control}-status`}
                      onChange={(event) => onChange({ kind: "during-quiet-hours", type, isSent: event.target.checked })}
                    />
                    {NOTIFICATION_CATALOG[type].label}
                  </label>
                  <SaveTick id={`${control}-status`} status={statusOf(control)} />
                </li>
              );
            })}
          </ul>
        </fieldset>
      </div>
    </Card>
  );
}
