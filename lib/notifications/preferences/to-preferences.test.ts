import { describe, expect, it } from "vitest";
import { defaultChannelMap, toChannelOverrides, toPreferences, type TPreferenceRow } from "./to-preferences";

const USER = { id: "user_1", timezone: "Europe/Berlin" };
const row = (overrides: Partial<TPreferenceRow> = {}): TPreferenceRow => ({
  channels: {},
  optOutEmail: false,
  optOutInApp: false,
  optOutDiscord: false,
  digestEnabled: true,
  digestTime: "08:00",
  ...overrides,
});

describe("toPreferences", () => {
  it("gives a user without a row every catalog default", () => {
    expect(toPreferences(null, USER)).toEqual({
      userId: "user_1",
      channels: defaultChannelMap(),
      optOutEmail: false,
      optOutInApp: false,
      optOutDiscord: false,
      digestEnabled: true,
      digestTime: "08:00",
      timezone: "Europe/Berlin",
    });
  });

  it("applies stored overrides and keeps defaults for the other types", () => {
    const prefs = toPreferences(
      row({
        channels: { match_result: ["discord", "in_app"], roster_changed: [] },
        optOutEmail: true,
        digestTime: "18:30",
      }),
      USER,
    );
    expect(prefs.channels.match_result).toEqual(["in_app", "discord"]);
    expect(prefs.channels.roster_changed).toEqual([]);
    expect(prefs.channels.invite_sent).toEqual(["in_app", "email"]);
    expect(prefs).toMatchObject({ optOutEmail: true, digestTime: "18:30" });
  });

  it.each([
    ["a string", "not json"],
    ["null", null],
    ["an array", ["match_result"]],
    ["a number", 42],
  ])("ignores channels JSON that is %s", (_label, channels) => {
    expect(toPreferences(row({ channels }), USER).channels).toEqual(defaultChannelMap());
  });

  it("ignores unknown types, unknown channels, duplicates and non-list values in stored JSON", () => {
    const prefs = toPreferences(
      row({
        channels: JSON.parse(
          '{"carrier_pigeon":["email"],"match_result":["email","sms","email",7,null],"ranking_changed":"discord","bracket_ready":["sms"],"__proto__":["email"],"constructor":["email"]}',
        ),
      }),
      USER,
    );
    expect(prefs.channels.match_result).toEqual(["email"]);
    expect(prefs.channels.ranking_changed).toEqual(["in_app"]);
    expect(prefs.channels.bracket_ready).toEqual(["in_app", "email"]);
    expect(Object.keys(prefs.channels).sort()).toEqual(Object.keys(defaultChannelMap()).sort());
  });

  it("falls back to safe values for a broken digest time or time zone", () => {
    const prefs = toPreferences(row({ digestTime: "8:15" }), { id: "user_1", timezone: "Mars/Olympus" });
    expect(prefs).toMatchObject({ digestTime: "08:00", timezone: "UTC" });
  });
});

describe("toChannelOverrides", () => {
  it("stores only the types that differ from the default, in a stable order", () => {
    const channels = { ...defaultChannelMap(), match_result: ["discord", "email"] as const, roster_changed: [] };
    expect(toChannelOverrides({ ...channels, match_result: [...channels.match_result] })).toEqual({
      match_result: ["email", "discord"],
      roster_changed: [],
    });
    expect(toChannelOverrides(defaultChannelMap())).toEqual({});
  });

  it("round-trips through toPreferences", () => {
    const chosen = {
      ...defaultChannelMap(),
      announcement: [],
      ranking_changed: ["in_app" as const, "discord" as const],
    };
    expect(toPreferences(row({ channels: toChannelOverrides(chosen) }), USER).channels).toEqual(chosen);
  });
});
