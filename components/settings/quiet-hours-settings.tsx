"use client";
// Quiet hours: a window in the player's own time zone during which email and Discord mentions wait
// until it ends (in-app stays immediate), and the types that go out even then. Saved on its own.
import { useState, useTransition } from "react";
import { savePreferencesAction } from "@/app/settings/notifications/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { NOTIFICATION_CATALOG, NOTIFICATION_TYPES, type TQuietHoursMode } from "@/lib/notifications/catalog";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";

type TProps = { initial: Pick<TPreferences, "quietHours" | "duringQuietHours" | "timezone"> };

export function QuietHoursSettings({ initial }: TProps) {
  const [isOn, setIsOn] = useState(initial.quietHours !== null);
  const [start, setStart] = useState(initial.quietHours?.start ?? "23:00");
  const [end, setEnd] = useState(initial.quietHours?.end ?? "08:00");
  const [modes, setModes] = useState(initial.duringQuietHours);
  const [result, setResult] = useState<{ ok: true; message: string } | { ok: false; error: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const save = () =>
    startTransition(async () => {
      const answer = await savePreferencesAction({
        quietHours: isOn ? { start, end } : null,
        duringQuietHours: modes,
      });
      setResult(answer.ok ? { ok: true, message: "Quiet hours saved." } : answer);
    });

  return (
    <Card
      title="Quiet hours"
      description={`Email and Discord mentions wait until your quiet hours end (${initial.timezone} time); in-app notifications still arrive.`}
    >
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
          <input type="checkbox" checked={isOn} onChange={(event) => setIsOn(event.target.checked)} />
          Pause email and Discord mentions during quiet hours
        </label>
        <div className="flex flex-wrap gap-4">
          <label className="text-sm text-zinc-700">
            From
            <input
              type="time"
              className="ml-2 rounded-md border border-zinc-300 px-2 py-1"
              value={start}
              disabled={!isOn}
              onChange={(event) => setStart(event.target.value)}
            />
          </label>
          <label className="text-sm text-zinc-700">
            Until
            <input
              type="time"
              className="ml-2 rounded-md border border-zinc-300 px-2 py-1"
              value={end}
              disabled={!isOn}
              onChange={(event) => setEnd(event.target.value)}
            />
          </label>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-zinc-800">Even during quiet hours</legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {NOTIFICATION_TYPES.map((type) => (
              <li key={type}>
                <label className="flex items-center gap-2 text-sm text-zinc-700">
                  <input
                    type="checkbox"
                    checked={modes[type] === "send"}
                    onChange={(event) => {
                      const mode: TQuietHoursMode = event.target.checked ? "send" : "hold";
                      setModes({ ...modes, [type]: mode });
                    }}
                  />
                  {NOTIFICATION_CATALOG[type].label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={isPending}>
            {isPending ? "Saving…" : "Save quiet hours"}
          </Button>
          <FormMessage result={result} />
        </div>
      </form>
    </Card>
  );
}
