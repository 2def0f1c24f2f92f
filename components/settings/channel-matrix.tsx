// The types × channels table: in-app and Discord as labelled checkboxes, email as a choice of
// instant / daily digest / off. A column switched off globally (or Discord without a linked account)
// is greyed and disabled but keeps its choices, so switching the channel back on restores them.
// Each control is named "<Channel> for <Type label>".
import {
  CHANNEL_LABELS,
  CHANNELS,
  EMAIL_MODE_LABELS,
  EMAIL_MODES,
  NOTIFICATION_CATALOG,
  NOTIFICATION_TYPES,
  type TChannel,
  type TEmailMode,
  type TNotificationType,
} from "@/lib/notifications/catalog";
import { isDiscordCarried, OPT_OUT_OF, type TContactInfo, type TPreferencesDraft } from "./preferences-draft";
import { TypeIcon } from "@/components/notifications/type-icon";

type TColumnState = { isPaused: boolean; badge: string | null; note: string | null };

const OPT_OUT_NOTES: Record<TChannel, string> = {
  in_app: "All in-app notifications are turned off, so the In-app column is paused.",
  email: "All email is turned off, so the Email column is paused.",
  discord: "All Discord notifications are turned off, so the Discord column is paused.",
};

export function columnState(channel: TChannel, draft: TPreferencesDraft, contact: TContactInfo): TColumnState {
  if (channel === "discord" && !contact.hasDiscord) return { isPaused: true, badge: "Not linked", note: null };
  if (draft[OPT_OUT_OF[channel]]) return { isPaused: true, badge: "Off", note: OPT_OUT_NOTES[channel] };
  return { isPaused: false, badge: null, note: null };
}

export function ChannelMatrix({
  draft,
  contact,
  onToggle,
  onEmailMode,
}: {
  draft: TPreferencesDraft;
  contact: TContactInfo;
  onToggle: (type: TNotificationType, channel: TChannel, isOn: boolean) => void;
  onEmailMode: (type: TNotificationType, mode: TEmailMode) => void;
}) {
  const columns = CHANNELS.map((channel) => ({ channel, ...columnState(channel, draft, contact) }));
  const notes = columns.filter((column) => column.note);

  return (
    <div>
      {notes.length > 0 ? (
        <ul className="mb-4 space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notes.map((column) => (
            <li key={column.channel} id={`column-note-${column.channel}`}>
              {column.note} Your choices below are kept and apply again when you switch it back on.
            </li>
          ))}
        </ul>
      ) : null}
      <div className="-mx-5 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Channels for each type of notification</caption>
          <thead>
            <tr className="border-b border-zinc-200 text-xs text-zinc-600">
              <th scope="col" className="py-2 pr-2 pl-5 text-left font-medium">
                Notification
              </th>
              {columns.map((column) => (
                <th
                  key={column.channel}
                  scope="col"
                  className={`py-2 pl-1 text-center align-bottom font-medium ${column.channel === "email" ? "w-32 sm:w-40" : "w-16 sm:w-24"} ${column.channel === "discord" ? "pr-3" : "pr-1"} ${column.isPaused ? "text-zinc-500" : "text-zinc-800"}`}
                >
                  {CHANNEL_LABELS[column.channel]}
                  {column.badge ? (
                    <span className="mt-0.5 block text-[11px] leading-tight font-normal text-amber-800">
                      {column.badge}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {NOTIFICATION_TYPES.map((type) => {
              const entry = NOTIFICATION_CATALOG[type];
              return (
                <tr key={type} className="hover:bg-zinc-50/70">
                  <th scope="row" className="py-2.5 pr-2 pl-5 text-left align-top font-normal">
                    <span className="flex gap-2.5">
                      <TypeIcon type={type} className="mt-0.5 size-5 shrink-0 text-brand-700" />
                      <span className="min-w-0">
                        <span className="block font-medium text-zinc-900">{entry.label}</span>
                        <span className="block text-xs text-zinc-600">{entry.description}</span>
                      </span>
                    </span>
                  </th>
                  {columns.map((column) => (
                    <td
                      key={column.channel}
                      className={`py-0 pl-0 text-center align-middle ${column.channel === "discord" ? "pr-3" : "pr-0"} ${column.isPaused ? "bg-zinc-100/70" : ""}`}
                    >
                      {column.channel === "email" ? (
                        <select
                          aria-label={`Email for ${entry.label}`}
                          className="my-2 w-full rounded-md border border-zinc-300 bg-white px-1.5 py-1.5 text-sm disabled:opacity-50"
                          value={draft.emailModes[type]}
                          disabled={column.isPaused}
                          aria-describedby={column.note ? `column-note-${column.channel}` : undefined}
                          onChange={(event) => onEmailMode(type, event.target.value as TEmailMode)}
                        >
                          {EMAIL_MODES.map((mode) => (
                            <option key={mode} value={mode}>
                              {EMAIL_MODE_LABELS[mode]}
                            </option>
                          ))}
                        </select>
                      ) : column.channel === "discord" && !isDiscordCarried(type) ? (
                        <span className="text-zinc-400">
                          <span aria-hidden>—</span>
                          <span className="sr-only">{`${entry.label} are never posted on Discord`}</span>
                        </span>
                      ) : (
                        <label
                          className={`flex min-h-12 items-center justify-center ${column.isPaused ? "cursor-not-allowed" : "cursor-pointer"}`}
                        >
                          <input
                            type="checkbox"
                            className="size-5 accent-brand-600 disabled:opacity-40"
                            checked={draft.channels[type].includes(column.channel)}
                            disabled={column.isPaused}
                            aria-describedby={
                              column.note
                                ? `column-note-${column.channel}`
                                : column.channel === "discord" && column.isPaused
                                  ? "discord-note"
                                  : undefined
                            }
                            onChange={(event) => onToggle(type, column.channel, event.target.checked)}
                          />
                          <span className="sr-only">{`${CHANNEL_LABELS[column.channel]} for ${entry.label}`}</span>
                        </label>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
