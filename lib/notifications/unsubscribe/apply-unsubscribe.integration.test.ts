import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPreferences } from "@/lib/notifications/preferences/get-preferences";
import { defaultChannelMap, defaultEmailModes } from "@/lib/notifications/preferences/to-preferences";
import { updatePreferences } from "@/lib/notifications/preferences/update-preferences";
import { applyUnsubscribe } from "./apply-unsubscribe";
import { aUser } from "@/test-support/factories";

describe("applyUnsubscribe", () => {
  it("turns off email for one type only, once", async () => {
    const user = await aUser();
    expect(await applyUnsubscribe({ userId: user.id, scope: "match_result" })).toEqual({
      scope: "match_result",
      changed: true,
      label: "Match results",
    });

    const prefs = await getPreferences(user.id);
    expect(prefs.channels).toEqual({ ...defaultChannelMap(), match_result: ["in_app"] });
    expect(prefs.optOutEmail).toBe(false);

    expect(await applyUnsubscribe({ userId: user.id, scope: "match_result" })).toMatchObject({ changed: false });
    expect((await getPreferences(user.id)).channels.match_result).toEqual(["in_app"]);
  });

  it("keeps the user's other channels for the type (e.g. Discord)", async () => {
    const user = await aUser();
    await updatePreferences(user.id, { channels: { ranking_changed: ["in_app", "email", "discord"] } });
    await applyUnsubscribe({ userId: user.id, scope: "ranking_changed" });
    expect((await getPreferences(user.id)).channels.ranking_changed).toEqual(["in_app", "discord"]);
  });

  it("reports no change for a type that sends no email", async () => {
    const user = await aUser();
    await updatePreferences(user.id, { emailModes: { roster_changed: "off" } });
    const before = await getPreferences(user.id);
    expect(await applyUnsubscribe({ userId: user.id, scope: "roster_changed" })).toMatchObject({ changed: false });
    expect(await getPreferences(user.id)).toEqual(before);
  });

  it("takes a digest type out of the digest, and the digest link turns every digest type off", async () => {
    const user = await aUser();
    expect(await applyUnsubscribe({ userId: user.id, scope: "bracket_ready" })).toMatchObject({ changed: true });
    expect((await getPreferences(user.id)).emailModes).toEqual({ ...defaultEmailModes(), bracket_ready: "off" });
    expect(await applyUnsubscribe({ userId: user.id, scope: "digest" })).toMatchObject({ changed: true });
    const modes = (await getPreferences(user.id)).emailModes;
    expect(Object.values(modes).filter((mode) => mode === "digest")).toEqual([]);
    expect(modes.match_result).toBe("instant"); // instant email is not the digest's
    expect(await applyUnsubscribe({ userId: user.id, scope: "digest" })).toMatchObject({ changed: false });
  });

  it("turns off all email with scope all, once, and leaves the per-type lists alone", async () => {
    const user = await aUser();
    expect(await applyUnsubscribe({ userId: user.id, scope: "all" })).toEqual({
      scope: "all",
      changed: true,
      label: "all DeltaCrown email",
    });
    const prefs = await getPreferences(user.id);
    expect(prefs).toMatchObject({
      optOutEmail: true,
      optOutInApp: false,
      optOutDiscord: false,
      channels: defaultChannelMap(),
    });
    expect(await applyUnsubscribe({ userId: user.id, scope: "all" })).toMatchObject({ changed: false });
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(1);
  });

  it("loses neither change when two links are clicked at the same moment", async () => {
    const user = await aUser();
    await Promise.all([
      applyUnsubscribe({ userId: user.id, scope: "match_result" }),
      applyUnsubscribe({ userId: user.id, scope: "invite_sent" }),
      applyUnsubscribe({ userId: user.id, scope: "bracket_ready" }),
    ]);
    expect((await getPreferences(user.id)).channels).toMatchObject({
      match_result: ["in_app"],
      invite_sent: ["in_app"],
      bracket_ready: ["in_app"],
    });
  });

  it("refuses a user that no longer exists", async () => {
    await expect(applyUnsubscribe({ userId: "deleted_user", scope: "all" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
