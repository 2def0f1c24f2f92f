import { describe, expect, it } from "vitest";
import { acceptDiscordProfile, DISCORD_SIGN_IN_ERROR } from "./accept-discord-profile";

describe("acceptDiscordProfile", () => {
  it("accepts an email Discord marks verified", () => {
    expect(acceptDiscordProfile({ id: "1", email: "zoe@deltacrown.test", verified: true })).toEqual({
      isAccepted: true,
    });
  });

  it.each([
    ["verified false", { email: "admin@deltacrown.test", verified: false }],
    ["verified missing", { email: "admin@deltacrown.test" }],
    ["verified as a string", { email: "admin@deltacrown.test", verified: "true" }],
  ])("refuses an email that is not verified (%s)", (_name, profile) => {
    expect(acceptDiscordProfile(profile)).toEqual({ isAccepted: false, error: DISCORD_SIGN_IN_ERROR.emailUnverified });
  });

  it.each([
    ["email null", { email: null, verified: true }],
    ["email missing", { verified: true }],
    ["email blank", { email: "  ", verified: true }],
    ["no profile", undefined],
  ])("refuses a profile without an email (%s)", (_name, profile) => {
    expect(acceptDiscordProfile(profile)).toEqual({ isAccepted: false, error: DISCORD_SIGN_IN_ERROR.emailMissing });
  });
});
