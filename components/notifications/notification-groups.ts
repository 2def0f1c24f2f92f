// Runs of notices of one kind about one object ("3 match results from Crown Cup") shown as one
// expandable row (the key is the view's, lib/notifications/inbox/notification-view.ts). Only neighbours in the newest-first list are grouped, so the order on screen
// stays the true order: a different notice in between starts a new run.
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";

export type TNotificationRow =
  | { kind: "item"; item: TNotificationItemView }
  | { kind: "group"; key: string; label: string; items: TNotificationItemView[] };

/** "3 match results from Crown Cup": the catalog's plural label, lower-cased after the count. */
export function groupLabel(items: readonly TNotificationItemView[]): string {
  const [first] = items;
  if (!first) return "";
  const kind = first.typeLabel.charAt(0).toLowerCase() + first.typeLabel.slice(1);
  return first.about ? `${items.length} ${kind} from ${first.about.name}` : `${items.length} ${kind}`;
}

/** The list's rows: each run of two or more adjacent notices with one group key becomes a group. */
export function groupAdjacent(items: readonly TNotificationItemView[]): TNotificationRow[] {
  const rows: TNotificationRow[] = [];
  let run: TNotificationItemView[] = [];
  const flush = () => {
    const [first] = run;
    if (run.length >= 2 && first) {
      // Keyed by its newest notice's id, so an open group stays open when older notices join it.
      rows.push({ kind: "group", key: `group:${first.id}`, label: groupLabel(run), items: run });
    } else if (first) rows.push({ kind: "item", item: first });
    run = [];
  };
  for (const item of items) {
    const key = item.groupKey;
    if (!key || run[0]?.groupKey !== key) flush();
    if (key) run.push(item);
    else rows.push({ kind: "item", item });
  }
  flush();
  return rows;
}
