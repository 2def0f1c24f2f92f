import { describe, expect, it } from "vitest";
import { isAnySaving, saveStatusReducer, type TSaveEvent, type TSaveStatuses } from "./save-status-state";

const run = (events: TSaveEvent[]) => events.reduce<TSaveStatuses>(saveStatusReducer, {});

describe("saveStatusReducer", () => {
  it("shows Saving, then Saved, for one change", () => {
    expect(run([{ type: "saving", control: "a", seq: 1 }])).toEqual({ a: { phase: "saving", seq: 1 } });
    expect(
      run([
        { type: "saving", control: "a", seq: 1 },
        { type: "saved", control: "a", seq: 1 },
      ]),
    ).toEqual({ a: { phase: "saved", seq: 1 } });
  });

  it("keeps Saving while a newer click on the same control is on its way, even after the older one answered", () => {
    const statuses = run([
      { type: "saving", control: "a", seq: 1 },
      { type: "saving", control: "a", seq: 2 },
      { type: "failed", control: "a", seq: 1, error: "old" },
    ]);
    expect(statuses.a).toEqual({ phase: "saving", seq: 2 });
    expect(isAnySaving(statuses)).toBe(true);
  });

  it("says why a change was refused, beside its own control only", () => {
    const statuses = run([
      { type: "saving", control: "a", seq: 1 },
      { type: "saving", control: "b", seq: 2 },
      { type: "saved", control: "b", seq: 2 },
      { type: "failed", control: "a", seq: 1, error: "Quiet hours must start and end at different times." },
    ]);
    expect(statuses).toEqual({
      a: { phase: "failed", seq: 1, error: "Quiet hours must start and end at different times." },
      b: { phase: "saved", seq: 2 },
    });
    expect(isAnySaving(statuses)).toBe(false);
  });
});
