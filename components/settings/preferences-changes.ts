// One change a user makes on the settings page, as an intent ("Discord on for match results"), and
// the partial update it becomes. The update is worked out from the latest state the server
// confirmed at the moment it is sent, not from what the screen showed at the click: saves go out
// one at a time, so each click changes exactly its own control and the last click wins.
import type { TChannel, TEmailMode, TNotificationType } from "@/lib/notifications/catalog";
import {
  applyChoices,
  defaultChannelMap,
  defaultEmailModes,
  type TChannelMap,
  type TEmailModeMap,
  type TQuietHoursModeMap,
} from "@/lib/notifications/preferences/to-preferences";
import type { TQuietHours } from "@/lib/notifications/quiet-hours/quiet-window";
import { CHANNELS } from "@/lib/notifications/catalog";
import type { TOptOutKey, TPreferencesDraft } from "./preferences-draft";

export type TPreferencesChange =
  | { kind: "channel"; type: TNotificationType; channel: TChannel; isOn: boolean }
  | { kind: "email-mode"; type: TNotificationType; mode: TEmailMode }
  | { kind: "opt-out"; key: TOptOutKey; isOn: boolean }
  | { kind: "reset-matrix" }
  | { kind: "digest-time"; time: string }
  | { kind: "time-zone"; zone: string }
  /** Quiet hours on (with this window) or off (null). */
  | { kind: "quiet-hours"; window: TQuietHours | null }
  | { kind: "quiet-edge"; edge: "start" | "end"; time: string }
  | { kind: "during-quiet-hours"; type: TNotificationType; isSent: boolean };

/** The partial update sent to the server (lib/notifications/preferences/preferences-update-schema.ts). */
export type TPreferencesPatch = {
  channels?: Partial<TChannelMap>;
  emailModes?: Partial<TEmailModeMap>;
  optOutEmail?: boolean;
  optOutInApp?: boolean;
  optOutDiscord?: boolean;
  digestTime?: string;
  timezone?: string;
  quietHours?: TQuietHours | null;
  duringQuietHours?: Partial<TQuietHoursModeMap>;
};

/** Which control a change belongs to: its "Saved" tick and its error sit there. */
export function controlOf(change: TPreferencesChange): string {
  switch (change.kind) {
    case "channel":
      return `channel-${change.type}-${change.channel}`;
    case "email-mode":
      return `email-${change.type}`;
    case "opt-out":
      return change.key;
    case "quiet-edge":
      return `quiet-${change.edge}`;
    case "during-quiet-hours":
      return `during-quiet-${change.type}`;
    default:
      return change.kind;
  }
}

export function toPatch(state: TPreferencesDraft, change: TPreferencesChange): TPreferencesPatch {
  switch (change.kind) {
    case "channel": {
      const current = state.channels[change.type];
      const list = change.isOn
        ? CHANNELS.filter((each) => each === change.channel || current.includes(each))
        : current.filter((each) => each !== change.channel);
      return { channels: { [change.type]: list } };
    }
    case "email-mode":
      return { emailModes: { [change.type]: change.mode } };
    case "opt-out":
      return { [change.key]: change.isOn };
    case "reset-matrix":
      return { channels: defaultChannelMap(), emailModes: defaultEmailModes() };
    case "digest-time":
      return { digestTime: change.time };
    case "time-zone":
      return { timezone: change.zone };
    case "quiet-hours":
      return { quietHours: change.window };
    case "quiet-edge":
      // Only editable while quiet hours are on; the other edge is kept as the server has it.
      return state.quietHours ? { quietHours: { ...state.quietHours, [change.edge]: change.time } } : {};
    case "during-quiet-hours":
      return { duringQuietHours: { [change.type]: change.isSent ? "send" : "hold" } };
  }
}

/** The state after a patch, as the server will compute it (to-preferences.ts applyChoices). */
export function applyPatch(state: TPreferencesDraft, patch: TPreferencesPatch): TPreferencesDraft {
  const { channels, emailModes, duringQuietHours, ...rest } = patch;
  return {
    ...state,
    ...rest,
    ...(channels || emailModes ? applyChoices(state, { channels, emailModes }) : {}),
    ...(duringQuietHours ? { duringQuietHours: { ...state.duringQuietHours, ...duringQuietHours } } : {}),
  };
}

/** What the screen shows at once for a change (useOptimistic's reducer). */
export function applyChange(state: TPreferencesDraft, change: TPreferencesChange): TPreferencesDraft {
  return applyPatch(state, toPatch(state, change));
}
