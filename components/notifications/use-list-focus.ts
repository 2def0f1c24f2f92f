"use client";
// Where focus goes in the center's list. Rows (a notification, a group, a notification inside an
// open group) carry `data-row-id` and the ids they hold (`data-row-items`), so j / k walk them in
// screen order, and after a row leaves (archived, or read in the unread view) focus moves to the
// next one — or, when the list empties, to its heading.
import { useEffect, useRef, useState } from "react";

const ROW = "[data-row-id]";

const rowsOf = (list: HTMLElement | null) => (list ? [...list.querySelectorAll<HTMLElement>(ROW)] : []);
const itemsOf = (row: HTMLElement) => (row.dataset.rowItems ?? "").split(" ").filter(Boolean);

/** A row by its id, else (it was a group that changed shape) the first row holding the item. */
function findRow(list: HTMLElement | null, target: { rowId: string; itemId: string }) {
  const rows = rowsOf(list);
  return (
    rows.find((row) => row.dataset.rowId === target.rowId) ??
    rows.find((row) => row.dataset.rowId === target.itemId) ??
    rows.find((row) => itemsOf(row).includes(target.itemId))
  );
}

export function useListFocus() {
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new object each time, so asking for the same row twice focuses it twice.
  const [target, setTarget] = useState<{ rowId: string; itemId: string } | "heading" | null>(null);
  useEffect(() => {
    if (target === "heading") headingRef.current?.focus();
    else if (target) findRow(listRef.current, target)?.focus({ preventScroll: true });
  }, [target]);

  const focusedRow = (): HTMLElement | null => {
    const active = document.activeElement;
    const row = active instanceof HTMLElement ? active.closest<HTMLElement>(ROW) : null;
    return row && listRef.current?.contains(row) ? row : null;
  };

  return {
    listRef,
    headingRef,
    /** The row with focus (or holding it): its id. */
    focusedRowId: () => focusedRow()?.dataset.rowId ?? null,
    /** Focus on the row holding this notification (after "Load more", after an Undo). */
    on(itemId: string) {
      setTarget({ rowId: itemId, itemId });
    },
    /** j / k: the next or previous row; from outside the list, the first or last. */
    move(step: 1 | -1) {
      const rows = rowsOf(listRef.current);
      const current = focusedRow();
      const index = current ? rows.indexOf(current) : -1;
      const next = index === -1 ? (step === 1 ? rows[0] : rows.at(-1)) : rows[index + step];
      next?.focus({ preventScroll: true });
      next?.scrollIntoView({ block: "nearest" });
    },
    /** Call before the rows holding these ids leave: focus goes to the next row that stays. */
    afterRemoving(ids: readonly string[]) {
      const removed = new Set(ids);
      const rows = rowsOf(listRef.current);
      const isGone = (row: HTMLElement) => itemsOf(row).every((id) => removed.has(id));
      const index = rows.findIndex(isGone);
      if (index === -1) return;
      const next =
        rows.slice(index + 1).find((row) => !isGone(row)) ??
        rows
          .slice(0, index)
          .reverse()
          .find((row) => !isGone(row));
      const itemId = next ? itemsOf(next).find((id) => !removed.has(id)) : undefined;
      setTarget(next?.dataset.rowId && itemId ? { rowId: next.dataset.rowId, itemId } : "heading");
    },
  };
}
