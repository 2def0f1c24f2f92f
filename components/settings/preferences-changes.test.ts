import { describe, expect, it } from "vitest";
import { defaultChannelMap, defaultEmailModes, toPreferences } from "@/lib/notifications/preferences/to-preferences";
import { applyChange, applyPatch, controlOf, type TPreferencesChange, toPatch } from "./preferences-changes";
import { toDraft, type TPreferencesDraft } from "./preferences-draft";

const defaults = (): TPreferencesDraft => toDraft(toPreferences(null, { id: "u1", timezone: "UTC" }));

/** What the server ends with when the changes are sent one at a time, each against the previous answer. */
const sendInOrder = (start: TPreferencesDraft, changes: TPreferencesChange[]) =>
  changes.reduce((server, change) => applyPatch(server, toPatch(server, change)), start);

describe("toPatch", () => {
  it("turns a channel click into that type's full list, leaving the other types out", () => {
    expect(toPatch(defaults(), { kind: "channel", type: "match_result", channel: "discord", isOn: true })).toEqual({
      channels: { match_result: ["in_app", "email", "discord"] },
    });
    expect(toPatch(defaults(), { kind: "channel", type: "match_result", channel: "in_app", isOn: false })).toEqual({
      channels: { match_result: ["email"] },
    });
  });

  it("changes only the edge of quiet hours that was edited, and nothing while they are off", () => {
    const on = { ...defaults(), quietHours: { start: "22:00", end: "07:00" } };
    expect(toPatch(on, { kind: "quiet-edge", edge: "end", time: "06:30" })).toEqual({
      quietHours: { start: "22:00", end: "06:30" },
    });
    expect(toPatch(defaults(), { kind: "quiet-edge", edge: "end", time: "06:30" })).toEqual({});
  });

  it("resets the matrix to the catalog defaults", () => {
    expect(toPatch(defaults(), { kind: "reset-matrix" })).toEqual({
      channels: defaultChannelMap(),
      emailModes: defaultEmailModes(),
    });
  });
});

describe("rapid clicks sent one at a time", () => {
  it("keep every click on different controls of the same type (none overwrites another)", () => {
    const end = sendInOrder(defaults(), [
      { kind: "channel", type: "match_result", channel: "in_app", isOn: false },
      { kind: "channel", type: "match_result", channel: "discord", isOn: true },
      { kind: "email-mode", type: "match_result", mode: "digest" },
    ]);
    expect(end.channels.match_result).toEqual(["discord"]);
    expect(end.emailModes.match_result).toBe("digest");
  });

  it("end with the last click on the same control", () => {
    const toggle = (isOn: boolean): TPreferencesChange => ({
      kind: "channel",
      type: "roster_changed",
      channel: "discord",
      isOn,
    });
    expect(sendInOrder(defaults(), [toggle(true), toggle(false), toggle(true)]).channels.roster_changed).toContain(
      "discord",
    );
    expect(sendInOrder(defaults(), [toggle(true), toggle(false)]).channels.roster_changed).not.toContain("discord");
  });

  it("a click sent after a refused one does not carry the refused change", () => {
    const server = defaults();
    // The first click (in-app off) was refused, so the server state is unchanged when the second is sent.
    const second = toPatch(server, { kind: "channel", type: "match_result", channel: "discord", isOn: true });
    expect(second.channels?.match_result).toContain("in_app");
  });
});

describe("applyChange (what the screen shows at once)", () => {
  it("agrees with what the server will store: email ticked means instant, a digest mode drops the email box", () => {
    const digest = applyChange(defaults(), { kind: "email-mode", type: "match_result", mode: "digest" });
    expect(digest.channels.match_result).not.toContain("email");
    const instant = applyChange(digest, { kind: "channel", type: "match_result", channel: "email", isOn: true });
    expect(instant.emailModes.match_result).toBe("instant");
  });

  it("merges one type's quiet-hours choice into the others", () => {
    const shown = applyChange(defaults(), { kind: "during-quiet-hours", type: "match_result", isSent: true });
    expect(shown.duringQuietHours).toEqual({ ...defaults().duringQuietHours, match_result: "send" });
  });
});

describe("controlOf", () => {
  it("gives each control its own key, the same for on and off", () => {
    const keys = [
      controlOf({ kind: "channel", type: "match_result", channel: "discord", isOn: true }),
      controlOf({ kind: "channel", type: "match_result", channel: "in_app", isOn: true }),
      controlOf({ kind: "email-mode", type: "match_result", mode: "off" }),
      controlOf({ kind: "opt-out", key: "optOutEmail", isOn: true }),
      controlOf({ kind: "quiet-edge", edge: "start", time: "22:00" }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(controlOf({ kind: "channel", type: "match_result", channel: "discord", isOn: false })).toBe(keys[0]);
  });
});
