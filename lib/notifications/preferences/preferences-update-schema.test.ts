import { describe, expect, it } from "vitest";
import { ZPreferencesUpdate } from "./preferences-update-schema";

const firstError = (input: unknown) => {
  const parsed = ZPreferencesUpdate.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("ZPreferencesUpdate", () => {
  it("accepts a full valid update and normalises channel lists and the time zone", () => {
    const parsed = ZPreferencesUpdate.parse({
      channels: { match_result: ["discord", "in_app", "discord"], announcement: [] },
      emailModes: { match_result: "digest", announcement: "off" },
      optOutEmail: true,
      digestTime: "18:47",
      timezone: "europe/berlin",
    });
    expect(parsed).toEqual({
      channels: { match_result: ["in_app", "discord"], announcement: [] },
      emailModes: { match_result: "digest", announcement: "off" },
      optOutEmail: true,
      digestTime: "18:47",
      timezone: "Europe/Berlin",
    });
  });

  it("accepts an empty update (nothing to change)", () => {
    expect(ZPreferencesUpdate.parse({})).toEqual({});
  });

  it.each([
    [{ channels: { foo: ["email"] } }, "Unknown notification type: foo"],
    [{ channels: { match_result: ["sms"] } }, "Unknown channel: sms"],
    [{ emailModes: { match_result: "weekly" } }, "Unknown email choice: weekly"],
    [{ emailModes: { foo: "digest" } }, "Unknown notification type: foo"],
    [{ digestTime: "8:15" }, "Digest time must be a time of day, like 08:00 or 18:45"],
    [{ digestTime: "24:00" }, "Digest time must be a time of day, like 08:00 or 18:45"],
    [{ digestTime: "07:60" }, "Digest time must be a time of day, like 08:00 or 18:45"],
    [{ timezone: "Mars/Olympus" }, "Unknown time zone: Mars/Olympus"],
    [{ timezone: "+05:00" }, "Unknown time zone: +05:00"],
    [{ optOutEmail: "yes" }, "Turning off all email must be on or off."],
    [{ userId: "someone_else" }, "Unknown setting: userId"],
  ])("rejects %j with a message naming the problem", (input, message) => {
    expect(firstError(input)).toContain(message);
  });

  it("accepts any minute of the day as the digest time, and UTC", () => {
    for (const digestTime of ["00:00", "07:05", "12:59", "23:59"]) expect(firstError({ digestTime })).toBeNull();
    expect(ZPreferencesUpdate.parse({ timezone: "UTC" }).timezone).toBe("UTC");
  });
});
