// One cell of the preference matrix — a type's in-app or Discord checkbox, or its email choice —
// with its save status, laid out for the desktop table or for a phone card. Each control is named
// "<Channel> for <Type label>" in both layouts; in a card the channel part is visible.
import {
  CHANNEL_LABELS,
  EMAIL_MODE_LABELS,
  EMAIL_MODES,
  NOTIFICATION_CATALOG,
  type TEmailMode,
  type TNotificationType,
} from "@/lib/notifications/catalog";
import { controlOf, type TPreferencesChange } from "./preferences-changes";
import type { TColumn, TPreferencesDraft } from "./preferences-draft";
import { isDiscordCarried } from "./preferences-draft";
import type { TSaveStatus } from "./save-status-state";
import { SaveTick } from "./save-tick";

export type TLayout = "table" | "card";

export type TMatrixProps = {
  shown: TPreferencesDraft;
  statusOf: (control: string) => TSaveStatus | undefined;
  onChange: (change: TPreferencesChange) => void;
};

export const columnNoteId = (layout: TLayout, column: TColumn) => `${layout}-column-note-${column.channel}`;

export function ChannelControl({
  type,
  column,
  layout,
  shown,
  statusOf,
  onChange,
}: TMatrixProps & { type: TNotificationType; column: TColumn; layout: TLayout }) {
  const { label } = NOTIFICATION_CATALOG[type];
  const { channel } = column;
  const channelLabel = CHANNEL_LABELS[channel];
  const control =
    channel === "email"
      ? controlOf({ kind: "email-mode", type, mode: "off" })
      : controlOf({ kind: "channel", type, channel, isOn: false });
  const tickId = `${layout}-${control}`;
  const describedBy = [tickId, column.note ? columnNoteId(layout, column) : null].filter(Boolean).join(" ");
  const isCard = layout === "card";
  const name = (
    <>
      <span className={isCard ? "" : "sr-only"}>{channelLabel}</span>
      <span className="sr-only">{` for ${label}`}</span>
    </>
  );
  const tick = (
    <SaveTick id={tickId} status={statusOf(control)} isCompact={!isCard} className={isCard ? "" : "min-h-4"} />
  );

  if (channel === "discord" && !isDiscordCarried(type)) {
    return isCard ? (
      <p className="text-sm text-zinc-600">Discord: never posted there</p>
    ) : (
      <span className="text-zinc-400">
        <span aria-hidden>—</span>
        <span className="sr-only">{`${label} are never posted on Discord`}</span>
      </span>
    );
  }

  if (channel === "email") {
    const selectId = `${layout}-select-${type}`;
    return (
      <div className={isCard ? "flex flex-col gap-1" : "flex flex-col items-center py-1.5"}>
        {isCard ? (
          <div className="flex flex-wrap items-center justify-between gap-x-3">
            <label htmlFor={selectId} className="text-sm font-medium text-zinc-800">
              {name}
            </label>
            {tick}
          </div>
        ) : (
          <label htmlFor={selectId} className="sr-only">
            {name}
          </label>
        )}
        <select
          id={selectId}
          className="w-full rounded-md border border-zinc-300 bg-white px-1.5 py-1.5 text-base disabled:opacity-50 sm:text-sm"
          value={shown.emailModes[type]}
          disabled={column.isPaused}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ kind: "email-mode", type, mode: event.target.value as TEmailMode })}
        >
          {EMAIL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {EMAIL_MODE_LABELS[mode]}
            </option>
          ))}
        </select>
        {isCard ? null : tick}
      </div>
    );
  }

  return (
    <div className={isCard ? "flex flex-wrap items-center gap-x-3" : "flex flex-col items-center py-1"}>
      <label
        className={`flex min-h-10 items-center gap-2 ${isCard ? "text-sm font-medium text-zinc-800" : "justify-center"} ${column.isPaused ? "cursor-not-allowed" : "cursor-pointer"}`}
      >
        <input
          type="checkbox"
          className="size-5 accent-brand-600 disabled:opacity-40"
          checked={shown.channels[type].includes(channel)}
          disabled={column.isPaused}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ kind: "channel", type, channel, isOn: event.target.checked })}
        />
        {name}
      </label>
      {tick}
    </div>
  );
}

/** In the table, a cell only says "Not saved"; the row says why, where there is room. */
export function RowErrors({
  type,
  columns,
  statusOf,
}: Pick<TMatrixProps, "statusOf"> & {
  type: TNotificationType;
  columns: TColumn[];
}) {
  const errors = columns.flatMap(({ channel }) => {
    const status = statusOf(
      channel === "email"
        ? controlOf({ kind: "email-mode", type, mode: "off" })
        : controlOf({ kind: "channel", type, channel, isOn: false }),
    );
    return status?.phase === "failed" ? [`${CHANNEL_LABELS[channel]} not saved: ${status.error}`] : [];
  });
  if (errors.length === 0) return null;
  return (
    <span role="alert" className="mt-1 block text-xs font-medium text-red-700">
      {errors.join(" ")}
    </span>
  );
}
