import { describe, expect, it } from "vitest";
import {
  applyChoices,
  defaultChannelMap,
  defaultEmailModes,
  toQuietModes,
  toPreferences,
  toStoredChoices,
  type TPreferenceRow,
} from "./to-preferences";

const USER = { id: "user_1", timezone: "Europe/Berlin" };
const row = (overrides: Partial<TPreferenceRow> = {}): TPreferenceRow => ({
  channels: {},
  emailDigest: {},
  optOutEmail: false,
  optOutInApp: false,
  optOutDiscord: false,
  digestTime: "08:00",
  ...overrides,
});

describe("toPreferences", () => {
  it("gives a user without a row every catalog default", () => {
    expect(toPreferences(null, USER)).toEqual({
      userId: "user_1",
      channels: defaultChannelMap(),
      emailModes: defaultEmailModes(),
      optOutEmail: false,
      optOutInApp: false,
      optOutDiscord: false,
      digestTime: "08:00",
      timezone: "Europe/Berlin",
      quietHours: null,
      duringQuietHours: toQuietModes(null),
    });
    expect(toQuietModes(null).match_starting).toBe("send");
    expect(toQuietModes(null).match_result).toBe("hold");
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
    expect(prefs.channels.bracket_ready).toEqual(["in_app"]);
    expect(Object.keys(prefs.channels).sort()).toEqual(Object.keys(defaultChannelMap()).sort());
  });

  it("falls back to safe values for a broken digest time or time zone", () => {
    const prefs = toPreferences(row({ digestTime: "8:15" }), { id: "user_1", timezone: "Mars/Olympus" });
    expect(prefs).toMatchObject({ digestTime: "08:00", timezone: "UTC" });
  });
});

describe("email modes", () => {
  it("defaults what cannot wait to instant and the rest to the daily digest", () => {
    const modes = toPreferences(null, USER).emailModes;
    const typesIn = (mode: string) => Object.keys(modes).filter((type) => modes[type as keyof typeof modes] === mode);
    expect(typesIn("instant").sort()).toEqual([
      "invite_sent",
      "match_result",
      "match_scheduled",
      "match_starting",
      "payout_received",
    ]);
    expect(typesIn("off")).toEqual([]);
    expect(typesIn("digest")).toHaveLength(Object.keys(modes).length - 5);
  });

  it("reads a mode from the channel list (email = instant) and the stored digest choice", () => {
    const prefs = toPreferences(
      row({
        channels: { bracket_ready: ["in_app", "email"], match_result: ["in_app"], invite_sent: ["in_app"] },
        emailDigest: { match_result: true, roster_changed: false, bracket_ready: true, junk: true, system: "yes" },
      }),
      USER,
    );
    expect(prefs.emailModes).toMatchObject({
      bracket_ready: "instant", // email in the list wins
      match_result: "digest",
      invite_sent: "off",
      roster_changed: "off",
      system: "digest", // a non-boolean is no choice: the default
    });
  });

  it("keeps channels and modes in agreement whichever is changed", () => {
    const start = toPreferences(null, USER);
    const toDigest = applyChoices(start, { emailModes: { match_result: "digest" } });
    expect(toDigest.channels.match_result).toEqual(["in_app"]);
    const toInstant = applyChoices(start, { emailModes: { roster_changed: "instant" } });
    expect(toInstant.channels.roster_changed).toEqual(["in_app", "email"]);
    const emailTicked = applyChoices(start, { channels: { ranking_changed: ["email", "in_app"] } });
    expect(emailTicked.emailModes.ranking_changed).toBe("instant");
    const emailUnticked = applyChoices(start, { channels: { payout_received: ["in_app"] } });
    expect(emailUnticked.emailModes.payout_received).toBe("off");
    const digestKept = applyChoices(start, { channels: { roster_changed: [] } });
    expect(digestKept.emailModes.roster_changed).toBe("digest");
  });

  it("stores only what differs from the default, and round-trips", () => {
    const start = toPreferences(null, USER);
    expect(toStoredChoices(start)).toEqual({ channels: {}, emailDigest: {} });
    const chosen = applyChoices(start, {
      channels: { ranking_changed: ["in_app", "discord"] },
      emailModes: { match_result: "digest", bracket_ready: "instant", announcement: "off", invite_sent: "off" },
    });
    const stored = toStoredChoices(chosen);
    expect(stored).toEqual({
      channels: {
        match_result: ["in_app"],
        bracket_ready: ["in_app", "email"],
        invite_sent: ["in_app"],
        ranking_changed: ["in_app", "discord"],
      },
      emailDigest: { match_result: true, bracket_ready: false, announcement: false },
    });
    const reread = toPreferences(row({ channels: stored.channels, emailDigest: stored.emailDigest }), USER);
    expect(reread.channels).toEqual(chosen.channels);
    expect(reread.emailModes).toEqual(chosen.emailModes);
  });
});
