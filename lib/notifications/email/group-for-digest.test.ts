import { describe, expect, it } from "vitest";
import { groupForDigest } from "./group-for-digest";

const at = (iso: string) => new Date(iso);
const n = (type: "match_result" | "invite_sent" | "announcement" | "payout_received", title: string, iso: string) => ({
  type,
  title,
  body: "",
  url: null,
  createdAt: at(iso),
});

describe("grouping notifications for the daily digest", () => {
  it("groups by type in catalog order, newest first within a group", () => {
    const groups = groupForDigest([
      n("announcement", "news", "2026-03-02T09:00:00Z"),
      n("match_result", "older result", "2026-03-02T10:00:00Z"),
      n("invite_sent", "invite", "2026-03-02T08:00:00Z"),
      n("match_result", "newest result", "2026-03-02T12:00:00Z"),
      n("payout_received", "coins", "2026-03-02T11:00:00Z"),
      n("match_result", "middle result", "2026-03-02T11:00:00Z"),
    ]);
    expect(groups.map((group) => group.type)).toEqual([
      "invite_sent",
      "match_result",
      "payout_received",
      "announcement",
    ]);
    expect(groups[1]?.items.map((item) => item.title)).toEqual(["newest result", "middle result", "older result"]);
  });

  it("keeps every notification exactly once, with its own fields", () => {
    const input = [
      n("match_result", "a", "2026-03-02T10:00:00Z"),
      n("match_result", "b", "2026-03-02T10:00:00Z"),
      n("invite_sent", "c", "2026-03-01T10:00:00Z"),
    ];
    const groups = groupForDigest(input);
    const all = groups.flatMap((group) => group.items);
    expect(all).toHaveLength(3);
    expect(new Set(all)).toEqual(new Set(input));
  });

  it("returns no groups for no notifications", () => {
    expect(groupForDigest([])).toEqual([]);
  });
});
