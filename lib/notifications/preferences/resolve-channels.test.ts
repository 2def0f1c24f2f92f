import { describe, expect, it } from "vitest";
import { resolveChannels } from "./resolve-channels";
import { defaultChannelMap, defaultEmailModes, toQuietModes, type TPreferences } from "./to-preferences";

const CONTACT = { hasVerifiedEmail: true, hasDiscord: true };
const prefs = (overrides: Partial<TPreferences> = {}): TPreferences => ({
  userId: "user_1",
  channels: defaultChannelMap(),
  optOutEmail: false,
  optOutInApp: false,
  optOutDiscord: false,
  emailModes: defaultEmailModes(),
  digestTime: "08:00",
  timezone: "UTC",
  quietHours: null,
  duringQuietHours: toQuietModes(null),
  ...overrides,
});
const withChannels = (type: keyof TPreferences["channels"], list: TPreferences["channels"][typeof type]) =>
  prefs({ channels: { ...defaultChannelMap(), [type]: list } });

describe("resolveChannels", () => {
  it("uses the catalog default when the user has not chosen", () => {
    expect(resolveChannels("match_result", prefs(), CONTACT)).toEqual({ channels: ["in_app", "email"], skipped: [] });
    expect(resolveChannels("ranking_changed", prefs(), CONTACT)).toEqual({ channels: ["in_app"], skipped: [] });
  });

  it("uses the user's own list for the type", () => {
    expect(resolveChannels("ranking_changed", withChannels("ranking_changed", ["in_app", "discord"]), CONTACT)).toEqual(
      { channels: ["in_app", "discord"], skipped: [] },
    );
  });

  it("sends nothing, and skips nothing, for a type the user emptied", () => {
    expect(resolveChannels("match_result", withChannels("match_result", []), CONTACT)).toEqual({
      channels: [],
      skipped: [],
    });
  });

  it("does not report channels the user never chose as skipped", () => {
    expect(
      resolveChannels("roster_changed", prefs({ optOutEmail: true, optOutDiscord: true }), {
        hasVerifiedEmail: false,
        hasDiscord: false,
      }),
    ).toEqual({ channels: ["in_app"], skipped: [] });
  });

  it("drops email when the user turned off all email", () => {
    expect(resolveChannels("match_result", prefs({ optOutEmail: true }), CONTACT)).toEqual({
      channels: ["in_app"],
      skipped: [{ channel: "email", reason: "you turned off all email" }],
    });
  });

  it("drops in-app when the user turned off all in-app notifications", () => {
    expect(resolveChannels("match_result", prefs({ optOutInApp: true }), CONTACT)).toEqual({
      channels: ["email"],
      skipped: [{ channel: "in_app", reason: "you turned off all in-app notifications" }],
    });
  });

  it("drops Discord when the user turned off all Discord notifications", () => {
    const user = prefs({
      channels: { ...defaultChannelMap(), match_result: ["in_app", "discord"] },
      optOutDiscord: true,
    });
    expect(resolveChannels("match_result", user, CONTACT)).toEqual({
      channels: ["in_app"],
      skipped: [{ channel: "discord", reason: "you turned off all Discord notifications" }],
    });
  });

  it("skips email without a verified address and Discord without a linked account", () => {
    const user = withChannels("match_result", ["in_app", "email", "discord"]);
    expect(resolveChannels("match_result", user, { hasVerifiedEmail: false, hasDiscord: false })).toEqual({
      channels: ["in_app"],
      skipped: [
        { channel: "email", reason: "no verified email address" },
        { channel: "discord", reason: "no Discord account linked" },
      ],
    });
  });

  it("names the user's own opt-out rather than the missing address when both apply", () => {
    expect(
      resolveChannels("invite_sent", prefs({ optOutEmail: true }), { hasVerifiedEmail: false, hasDiscord: false })
        .skipped,
    ).toEqual([{ channel: "email", reason: "you turned off all email" }]);
  });
});
