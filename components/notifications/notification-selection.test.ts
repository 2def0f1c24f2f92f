import { describe, expect, it } from "vitest";
import { EMPTY_SELECTION, selectionReducer, type TSelection, type TSelectionAction } from "./notification-selection";

const ORDER = ["a", "b", "c", "d", "e"];
const run = (...actions: TSelectionAction[]) => actions.reduce(selectionReducer, EMPTY_SELECTION);
const click = (id: string, isRange = false): TSelectionAction => ({ type: "toggle", ids: [id], isRange, order: ORDER });
const selected = (state: TSelection) => [...state.ids].sort();

describe("selecting notifications for a bulk action", () => {
  it("a click selects one, a second click clears it", () => {
    expect(selected(run(click("b")))).toEqual(["b"]);
    expect(selected(run(click("b"), click("b")))).toEqual([]);
  });

  it("Shift+click selects the range from the last clicked one, in screen order, either direction", () => {
    expect(selected(run(click("b"), click("d", true)))).toEqual(["b", "c", "d"]);
    expect(selected(run(click("d"), click("a", true)))).toEqual(["a", "b", "c", "d"]);
  });

  it("Shift+click after clearing one clears the range", () => {
    const all = run({ type: "all", ids: ORDER }, click("b"), click("d", true));
    expect(selected(all)).toEqual(["a", "e"]);
  });

  it("Shift+click with nothing clicked before selects just that one", () => {
    expect(selected(run(click("c", true)))).toEqual(["c"]);
  });

  it("a group's checkbox selects all its notices at once, and clears them together", () => {
    const group: TSelectionAction = { type: "toggle", ids: ["b", "c"], isRange: false, order: ORDER };
    expect(selected(run(group))).toEqual(["b", "c"]);
    expect(selected(run(click("b"), group))).toEqual(["b", "c"]);
    expect(selected(run(group, group))).toEqual([]);
  });

  it("select all shown, clear, and dropping notices that left the list", () => {
    const all = run({ type: "all", ids: ORDER });
    expect(selected(all)).toEqual(ORDER);
    expect(selected(selectionReducer(all, { type: "keep", ids: ["a", "c", "z"] }))).toEqual(["a", "c"]);
    expect(selectionReducer(all, { type: "clear" })).toBe(EMPTY_SELECTION);
    expect(selectionReducer(EMPTY_SELECTION, { type: "keep", ids: [] })).toBe(EMPTY_SELECTION);
  });
});
