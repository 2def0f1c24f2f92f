// Which notifications are selected for a bulk action, as a pure reducer: a click toggles one,
// Shift+click selects the range from the last clicked one (in the order shown), "select all shown"
// takes every one on screen, and notices that left the list leave the selection.
export type TSelection = { ids: ReadonlySet<string>; anchor: string | null };

export type TSelectionAction =
  /** `order` is every selectable id in screen order (for a Shift+click range). */
  | { type: "toggle"; ids: readonly string[]; isRange: boolean; order: readonly string[] }
  | { type: "all"; ids: readonly string[] }
  | { type: "clear" }
  /** Keep only these (the ones still shown). */
  | { type: "keep"; ids: readonly string[] };

export const EMPTY_SELECTION: TSelection = { ids: new Set(), anchor: null };

function toggle(state: TSelection, action: Extract<TSelectionAction, { type: "toggle" }>): TSelection {
  const [first] = action.ids;
  if (!first) return state;
  const start = state.anchor ? action.order.indexOf(state.anchor) : -1;
  const end = action.order.indexOf(first);
  if (action.isRange && start !== -1 && end !== -1) {
    // A range takes the anchor's state: Shift+click after selecting selects; after clearing, clears.
    const isSelecting = state.ids.has(state.anchor ?? "");
    const range = action.order.slice(Math.min(start, end), Math.max(start, end) + 1);
    const ids = new Set(state.ids);
    for (const id of [...range, ...action.ids]) {
      if (isSelecting) ids.add(id);
      else ids.delete(id);
    }
    return { ids, anchor: first };
  }
  const isSelected = action.ids.every((id) => state.ids.has(id));
  const ids = new Set(state.ids);
  for (const id of action.ids) {
    if (isSelected) ids.delete(id);
    else ids.add(id);
  }
  return { ids, anchor: first };
}

export function selectionReducer(state: TSelection, action: TSelectionAction): TSelection {
  switch (action.type) {
    case "toggle":
      return toggle(state, action);
    case "all":
      return { ids: new Set(action.ids), anchor: state.anchor };
    case "clear":
      return state.ids.size === 0 ? state : EMPTY_SELECTION;
    case "keep": {
      const shown = new Set(action.ids);
      if ([...state.ids].every((id) => shown.has(id))) return state;
      return { ids: new Set([...state.ids].filter((id) => shown.has(id))), anchor: state.anchor };
    }
  }
}
