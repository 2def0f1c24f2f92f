import { describe, expect, it } from "vitest";
import { DIGEST_TIMES } from "./digest-time";
import { ZPreferencesUpdate } from "./preferences-update-schema";

const firstError = (input: unknown) => {
  const parsed = ZPreferencesUpdate.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("ZPreferencesUpdate", () => {
  it("accepts a full valid update and normalises channel lists and the time zone", () => {
    const parsed = ZPreferencesUpdate.parse({
      channels: { match_result: ["discord", "in_app", "discord"], announcement: [] },
      optOutEmail: true,
      digestEnabled: false,
      digestTime: "18:30",
      timezone: "europe/berlin",
    });
    expect(parsed).toEqual({
      channels: { match_result: ["in_app", "discord"], announcement: [] },
      optOutEmail: true,
      digestEnabled: false,
      digestTime: "18:30",
      timezone: "Europe/Berlin",
    });
  });

  it("accepts an empty update (nothing to change)", () => {
    expect(ZPreferencesUpdate.parse({})).toEqual({});
  });

  it.each([
    [{ channels: { foo: ["email"] } }, "Unknown notification type: foo"],
    [{ channels: { match_result: ["sms"] } }, "Unknown channel: sms"],
    [{ digestTime: "08:15" }, "Digest time must be on the hour or half hour, like 08:00 or 18:30"],
    [{ digestTime: "24:00" }, "Digest time must be on the hour or half hour, like 08:00 or 18:30"],
    [{ timezone: "Mars/Olympus" }, "Unknown time zone: Mars/Olympus"],
    [{ timezone: "+05:00" }, "Unknown time zone: +05:00"],
    [{ optOutEmail: "yes" }, "Turning off all email must be on or off."],
    [{ userId: "someone_else" }, "Unknown setting: userId"],
  ])("rejects %j with a message naming the problem", (input, message) => {
    expect(firstError(input)).toContain(message);
  });

  it("accepts every half-hour digest time from 00:00 to 23:30 and UTC", () => {
    expect(DIGEST_TIMES).toHaveLength(48);
    expect(DIGEST_TIMES[0]).toBe("00:00");
    expect(DIGEST_TIMES.at(-1)).toBe("23:30");
    for (const digestTime of DIGEST_TIMES) expect(firstError({ digestTime })).toBeNull();
    expect(ZPreferencesUpdate.parse({ timezone: "UTC" }).timezone).toBe("UTC");
  });
});
