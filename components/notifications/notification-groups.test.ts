import { describe, expect, it } from "vitest";
import type { TNotificationItemView } from "@/lib/notifications/inbox/notification-view";
import { groupAdjacent, groupLabel, type TNotificationRow } from "./notification-groups";
import { aNotificationItemView } from "@/test-support/notification-item-view";

const CROWN = { kind: "tournament" as const, id: "t-crown", name: "Crown Cup", isMuted: false };
const OWLS = { kind: "team" as const, id: "team-owls", name: "Obsidian Owls", isMuted: false };

const anItem = (id: string, overrides: Partial<TNotificationItemView> = {}): TNotificationItemView =>
  aNotificationItemView({
    id,
    title: `Notice ${id}`,
    about: CROWN,
    groupKey: "match_result:tournament:t-crown",
    ...overrides,
  });
const OWLS_ROSTER = {
  type: "roster_changed",
  typeLabel: "Roster changes",
  about: OWLS,
  groupKey: "roster:owls",
} as const;

const shape = (rows: TNotificationRow[]) =>
  rows.map((row) => (row.kind === "item" ? row.item.id : row.items.map((item) => item.id)));

describe("grouping the center's rows", () => {
  it("folds adjacent notices of one type about one tournament into one row, labelled with the count", () => {
    const rows = groupAdjacent([anItem("a"), anItem("b"), anItem("c")]);
    expect(shape(rows)).toEqual([["a", "b", "c"]]);
    expect(rows[0]).toMatchObject({ kind: "group", label: "3 match results from Crown Cup", key: "group:a" });
  });

  it("groups only neighbours: a different notice in between keeps the order true and splits the run", () => {
    const rows = groupAdjacent([anItem("a"), anItem("b"), anItem("x", OWLS_ROSTER), anItem("c")]);
    expect(shape(rows)).toEqual([["a", "b"], "x", "c"]);
  });

  it("never groups different keys (types, objects) or notices without one", () => {
    const rows = groupAdjacent([
      anItem("a"),
      anItem("b", { type: "bracket_ready", typeLabel: "Brackets", groupKey: "bracket_ready:tournament:t-crown" }),
      anItem("c", { about: OWLS, groupKey: "match_result:team:team-owls" }),
      anItem("d", { about: null, type: "system", groupKey: null }),
      anItem("e", { about: null, type: "system", groupKey: null }),
    ]);
    expect(shape(rows)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("keeps a lone notice a plain row and handles an empty list", () => {
    expect(shape(groupAdjacent([anItem("a")]))).toEqual(["a"]);
    expect(groupAdjacent([])).toEqual([]);
  });

  it("labels team runs with the team's name", () => {
    const items = [anItem("a", OWLS_ROSTER)];
    expect(groupLabel([...items, ...items])).toBe("2 roster changes from Obsidian Owls");
  });
});
