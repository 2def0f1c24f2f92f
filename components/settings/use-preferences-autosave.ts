"use client";
// Every control on the settings page saves on its own. A change shows at once (useOptimistic) and
// is kept only when the server confirms it; a refusal ends the transition, so the control goes back
// by itself and its status says why. Saves go to the server one at a time in click order, each
// worked out from the state the previous one left (preferences-changes.ts), so rapid clicks are
// all applied and the last one wins there too.
import { startTransition, useCallback, useOptimistic, useReducer, useRef, useState } from "react";
import { savePreferencesAction } from "@/app/settings/notifications/actions";
import type { TActionResult } from "@/lib/actions/action-result";
import type { TPreferences } from "@/lib/notifications/preferences/to-preferences";
import { useLeaveGuard } from "./leave-guard";
import { applyChange, controlOf, type TPreferencesChange, toPatch } from "./preferences-changes";
import { toDraft, type TPreferencesDraft } from "./preferences-draft";
import { isAnySaving, saveStatusReducer, type TSaveStatus } from "./save-status-state";

const UNREACHABLE = "Not saved: the server could not be reached. Check your connection and try again.";

export type TAutosave = {
  /** What the screen shows: the confirmed state with the changes still on their way. */
  shown: TPreferencesDraft;
  /** The state the server last confirmed. */
  confirmed: TPreferencesDraft;
  isSaving: boolean;
  statusOf: (control: string) => TSaveStatus | undefined;
  save: (change: TPreferencesChange) => void;
};

export function usePreferencesAutosave(initial: TPreferences): TAutosave {
  const [confirmed, setConfirmed] = useState(() => toDraft(initial));
  // Read when a queued save is sent, which is after earlier saves have answered: state would be stale.
  const latest = useRef(confirmed);
  const [shown, showNow] = useOptimistic(confirmed, applyChange);
  const [statuses, dispatch] = useReducer(saveStatusReducer, {});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const counter = useRef(0);
  useLeaveGuard(isAnySaving(statuses));

  const save = useCallback(
    (change: TPreferencesChange) => {
      const control = controlOf(change);
      const seq = ++counter.current;
      dispatch({ type: "saving", control, seq });
      startTransition(async () => {
        showNow(change);
        const send = (): Promise<TActionResult<TPreferences>> =>
          savePreferencesAction(toPatch(latest.current, change)).catch(() => ({ ok: false, error: UNREACHABLE }));
        const run = queue.current.then(send, send);
        queue.current = run;
        const result = await run;
        if (result.ok) latest.current = toDraft(result.data);
        startTransition(() => {
          if (result.ok) {
            setConfirmed(latest.current);
            dispatch({ type: "saved", control, seq });
          } else {
            dispatch({ type: "failed", control, seq, error: result.error });
          }
        });
      });
    },
    [showNow],
  );

  return {
    shown,
    confirmed,
    isSaving: isAnySaving(statuses),
    statusOf: (control) => statuses[control],
    save,
  };
}
