// The types × channels matrix. On a desktop it is a table whose column headers stay in view while
// the rows scroll; on a phone each type is a card (a fieldset) with its channels labelled. Only one
// of the two is displayed, so only one is in the accessibility tree. A column switched off globally
// is greyed and disabled but keeps its choices; without a linked Discord account the Discord column
// is one "Link Discord" call to action.
import { CHANNEL_LABELS, NOTIFICATION_CATALOG, NOTIFICATION_TYPES } from "@/lib/notifications/catalog";
import { TypeIcon } from "@/components/notifications/type-icon";
import { ChannelControl, columnNoteId, RowErrors, type TLayout, type TMatrixProps } from "./channel-control";
import { DiscordLinkCta } from "./discord-link-cta";
import { matrixColumns, type TColumn, type TContactInfo } from "./preferences-draft";

type TProps = TMatrixProps & { contact: TContactInfo };

export function ChannelMatrix(props: TProps) {
  const columns = matrixColumns(props.shown, props.contact);
  return (
    <div>
      <div className="hidden sm:block">
        <ColumnNotes columns={columns} layout="table" />
        <MatrixTable {...props} columns={columns} />
      </div>
      <div className="sm:hidden">
        <ColumnNotes columns={columns} layout="card" />
        <MatrixCards {...props} columns={columns} />
      </div>
    </div>
  );
}

function ColumnNotes({ columns, layout }: { columns: TColumn[]; layout: TLayout }) {
  const notes = columns.filter((column) => column.note);
  if (notes.length === 0) return null;
  return (
    <ul className="mb-4 space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {notes.map((column) => (
        <li key={column.channel} id={columnNoteId(layout, column)}>
          {column.note} Your choices below are kept and apply again when you switch it back on.
        </li>
      ))}
    </ul>
  );
}

function MatrixTable({ columns, contact, ...props }: TProps & { columns: TColumn[] }) {
  const isDiscordLinked = contact.hasDiscord;
  // Sticky cells need an opaque background and no scrolling ancestor; their rule is a shadow, as a
  // collapsed border would stay behind when the cells stick.
  const headClass =
    "sticky top-0 z-10 bg-white py-2 align-bottom font-medium shadow-[inset_0_-1px_0_var(--color-zinc-200)]";
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">Channels for each type of notification</caption>
      <thead>
        <tr className="text-xs text-zinc-600">
          <th scope="col" className={`${headClass} pr-2 text-left`}>
            Notification
          </th>
          {columns.map((column) => (
            <th
              key={column.channel}
              scope="col"
              className={`${headClass} px-1 text-center ${column.channel === "email" ? "w-36" : "w-24"} ${column.isPaused ? "text-zinc-500" : "text-zinc-800"}`}
            >
              {CHANNEL_LABELS[column.channel]}
              {column.isPaused ? (
                <span className="mt-0.5 block text-[11px] leading-tight font-normal text-amber-800">Off</span>
              ) : null}
            </th>
          ))}
          {isDiscordLinked ? null : (
            <th scope="col" className={`${headClass} w-48 pl-3 text-left text-zinc-800`}>
              {CHANNEL_LABELS.discord}
            </th>
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {NOTIFICATION_TYPES.map((type, index) => {
          const entry = NOTIFICATION_CATALOG[type];
          return (
            <tr key={type}>
              <th scope="row" className="py-2.5 pr-2 text-left align-top font-normal">
                <span className="flex gap-2.5">
                  <TypeIcon type={type} className="mt-0.5 size-5 shrink-0 text-brand-700" />
                  <span className="min-w-0">
                    <span className="block font-medium text-zinc-900">{entry.label}</span>
                    <span className="block text-xs text-zinc-600">{entry.description}</span>
                    <RowErrors type={type} columns={columns} statusOf={props.statusOf} />
                  </span>
                </span>
              </th>
              {columns.map((column) => (
                <td
                  key={column.channel}
                  className={`px-1 text-center align-middle ${column.isPaused ? "bg-zinc-100/70" : ""}`}
                >
                  <ChannelControl {...props} type={type} column={column} layout="table" />
                </td>
              ))}
              {!isDiscordLinked && index === 0 ? (
                <td rowSpan={NOTIFICATION_TYPES.length} className="pt-3 pl-3 align-top">
                  <div className="sticky top-14">
                    <DiscordLinkCta contact={contact} idPrefix="table" />
                  </div>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function MatrixCards({ columns, contact, ...props }: TProps & { columns: TColumn[] }) {
  return (
    <div className="space-y-3">
      {contact.hasDiscord ? null : (
        <div className="rounded-lg border border-zinc-200 bg-brand-50 p-3">
          <p className="mb-1 text-sm font-semibold text-zinc-900">{CHANNEL_LABELS.discord}</p>
          <DiscordLinkCta contact={contact} idPrefix="card" />
        </div>
      )}
      <ul className="space-y-3">
        {NOTIFICATION_TYPES.map((type) => {
          const entry = NOTIFICATION_CATALOG[type];
          return (
            <li key={type}>
              <fieldset className="rounded-lg border border-zinc-200 p-3" data-testid="preference-card">
                <legend className="flex items-center gap-2 px-1 font-medium text-zinc-900">
                  <TypeIcon type={type} className="size-5 shrink-0 text-brand-700" />
                  {entry.label}
                </legend>
                <p className="text-xs text-zinc-600">{entry.description}</p>
                <div className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1">
                  {columns.map((column) => (
                    <div key={column.channel} className={column.channel === "email" ? "order-last col-span-2" : ""}>
                      <ChannelControl {...props} type={type} column={column} layout="card" />
                    </div>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
