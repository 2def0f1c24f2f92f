import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getPreferences } from "./get-preferences";
import { getPreferencesForUsers, USERS_PER_QUERY } from "./get-preferences-for-users";
import { defaultChannelMap, defaultEmailModes, toQuietModes } from "./to-preferences";
import { updatePreferences } from "./update-preferences";
import { aUser } from "@/test-support/factories";

/** A Prisma client whose every SQL statement is counted at the pg connection, to count queries honestly. */
function countingClient() {
  const statements: string[] = [];
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  pool.on("connect", (connection) => {
    const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
    (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [first] = args;
      statements.push(typeof first === "string" ? first : String((first as { text?: string }).text));
      return query(...args);
    };
  });
  return { client: new PrismaClient({ adapter: new PrismaPg(pool) }), statements, close: () => pool.end() };
}

const counting = countingClient();
afterAll(async () => {
  await counting.client.$disconnect();
  await counting.close();
});

async function snapshot(userId: string) {
  return {
    preference: await db.notificationPreference.findUnique({ where: { userId } }),
    user: await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true, updatedAt: true } }),
  };
}

describe("getPreferences", () => {
  it("creates the row with the defaults on first use, exactly once even for concurrent first calls", async () => {
    const user = await aUser({ timezone: "America/New_York" });
    const results = await Promise.all(Array.from({ length: 5 }, () => getPreferences(user.id)));
    for (const prefs of results) {
      expect(prefs).toEqual({
        userId: user.id,
        channels: defaultChannelMap(),
        optOutEmail: false,
        optOutInApp: false,
        optOutDiscord: false,
        emailModes: defaultEmailModes(),
        digestTime: "08:00",
        timezone: "America/New_York",
        quietHours: null,
        duringQuietHours: toQuietModes(null),
      });
    }
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(1);
    await getPreferences(user.id);
    expect(await db.notificationPreference.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an unknown user without writing anything", async () => {
    const before = await db.notificationPreference.count();
    await expect(getPreferences("no_such_user")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.notificationPreference.count()).toBe(before);
  });
});

describe("getPreferencesForUsers", () => {
  it("reads three users (one without a row) in one query, with defaults and contact details, creating nothing", async () => {
    const configured = await aUser({ discordUserId: "discord-123", name: "Lena" });
    const unverified = await aUser({ verified: false });
    const fresh = await aUser({ email: null, timezone: "Asia/Tokyo" });
    await updatePreferences(configured.id, {
      channels: { ranking_changed: ["in_app", "discord"] },
      optOutEmail: true,
      digestTime: "18:30",
    });
    await getPreferences(unverified.id);
    const rowsBefore = await db.notificationPreference.count();

    await counting.client.$queryRaw`SELECT 1`; // connect before counting
    counting.statements.length = 0;
    const result = await getPreferencesForUsers(
      [configured.id, unverified.id, fresh.id, configured.id, "no_such_user"],
      counting.client,
    );

    expect(counting.statements).toHaveLength(1);
    expect(counting.statements[0]).toMatch(/LEFT JOIN "NotificationPreference"/);
    expect(await db.notificationPreference.count()).toBe(rowsBefore);
    expect([...result.keys()].sort()).toEqual([configured.id, unverified.id, fresh.id].sort());
    expect(result.get(configured.id)).toMatchObject({
      name: "Lena",
      email: configured.email,
      emailVerified: true,
      discordUserId: "discord-123",
      optOutEmail: true,
      digestTime: "18:30",
      channels: { ...defaultChannelMap(), ranking_changed: ["in_app", "discord"] },
    });
    expect(result.get(unverified.id)).toMatchObject({
      emailVerified: false,
      discordUserId: null,
      channels: defaultChannelMap(),
    });
    expect(result.get(fresh.id)).toEqual({
      userId: fresh.id,
      name: fresh.name,
      email: null,
      emailVerified: false,
      discordUserId: null,
      channels: defaultChannelMap(),
      optOutEmail: false,
      optOutInApp: false,
      optOutDiscord: false,
      emailModes: defaultEmailModes(),
      digestTime: "08:00",
      timezone: "Asia/Tokyo",
      quietHours: null,
      duringQuietHours: toQuietModes(null),
      isMuted: false,
    });
  });

  it("asks nothing for an empty list and one query per 10,000 ids beyond that", async () => {
    const user = await aUser();
    counting.statements.length = 0;
    expect((await getPreferencesForUsers([], counting.client)).size).toBe(0);
    expect(counting.statements).toHaveLength(0);

    const ids = [user.id, ...Array.from({ length: USERS_PER_QUERY }, (_, i) => `missing_${i}`)];
    const result = await getPreferencesForUsers(ids, counting.client);
    expect(counting.statements).toHaveLength(2);
    expect([...result.keys()]).toEqual([user.id]);
  });
});

describe("updatePreferences", () => {
  it("saves channels, opt-outs, digest and time zone, storing only what differs from the defaults", async () => {
    const user = await aUser();
    const saved = await updatePreferences(user.id, {
      channels: { match_result: ["in_app", "email", "discord"], announcement: [], invite_sent: ["email", "in_app"] },
      optOutInApp: false,
      optOutDiscord: true,
      emailModes: { roster_changed: "off", bracket_ready: "instant" },
      digestTime: "21:47",
      timezone: "Europe/Berlin",
    });

    expect(saved).toEqual(await getPreferences(user.id));
    expect(saved).toMatchObject({
      optOutDiscord: true,
      emailModes: { ...defaultEmailModes(), roster_changed: "off", bracket_ready: "instant" },
      digestTime: "21:47",
      timezone: "Europe/Berlin",
    });
    expect(saved.channels).toEqual({
      ...defaultChannelMap(),
      match_result: ["in_app", "email", "discord"],
      announcement: [],
      bracket_ready: ["in_app", "email"],
    });
    const row = await db.notificationPreference.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.channels).toEqual({
      match_result: ["in_app", "email", "discord"],
      announcement: [],
      bracket_ready: ["in_app", "email"],
    });
    expect(row.emailDigest).toEqual({ roster_changed: false, bracket_ready: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).timezone).toBe("Europe/Berlin");
  });

  it("changes only the types it names and keeps earlier choices", async () => {
    const user = await aUser();
    await updatePreferences(user.id, { channels: { match_result: ["in_app"] } });
    await updatePreferences(user.id, { channels: { roster_changed: ["in_app", "discord"] }, optOutEmail: true });
    const prefs = await getPreferences(user.id);
    expect(prefs.channels).toMatchObject({
      match_result: ["in_app"],
      roster_changed: ["in_app", "discord"],
      invite_sent: ["in_app", "email"],
    });
    expect(prefs.optOutEmail).toBe(true);

    await updatePreferences(user.id, { channels: { match_result: ["in_app", "email"] } });
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: user.id } })).channels).toEqual({
      roster_changed: ["in_app", "discord"],
    });
  });

  it.each([
    [{ channels: { foo: ["email"] } }, "Unknown notification type: foo"],
    [{ channels: { match_result: ["pager"] } }, "Unknown channel: pager"],
    [{ digestTime: "7:45" }, "Digest time must be a time of day, like 08:00 or 18:45"],
    [{ emailModes: { match_result: "hourly" } }, "Unknown email choice: hourly"],
    [{ timezone: "Mars/Olympus" }, "Unknown time zone: Mars/Olympus"],
    [{ optOutEmail: true, timezone: "Mars/Olympus" }, "Unknown time zone: Mars/Olympus"],
    [{ digestEnabled: false }, "Unknown setting: digestEnabled"],
  ])("rejects %j with a clear message and writes nothing", async (input, message) => {
    const user = await aUser();
    await updatePreferences(user.id, { digestTime: "09:00" });
    const before = await snapshot(user.id);

    const error = await updatePreferences(user.id, input as never).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((error as AppError).message).toContain(message);
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("keeps both of two saves of different types sent at once (the settings page saves each control on its own)", async () => {
    const user = await aUser();
    await Promise.all([
      updatePreferences(user.id, { channels: { match_result: ["in_app"] } }),
      updatePreferences(user.id, { channels: { roster_changed: ["in_app", "discord"] } }),
      updatePreferences(user.id, { emailModes: { bracket_ready: "off" } }),
      updatePreferences(user.id, { optOutDiscord: true }),
    ]);
    const prefs = await getPreferences(user.id);
    expect(prefs.channels).toMatchObject({ match_result: ["in_app"], roster_changed: ["in_app", "discord"] });
    expect(prefs.emailModes.bracket_ready).toBe("off");
    expect(prefs.optOutDiscord).toBe(true);
  });

  it("saves quiet hours field by field, and refuses a window that starts when it ends without writing", async () => {
    const user = await aUser();
    await updatePreferences(user.id, { quietHours: { start: "22:00", end: "07:00" } });
    await updatePreferences(user.id, { duringQuietHours: { match_result: "send" } });
    const saved = await updatePreferences(user.id, { quietHours: { start: "22:30", end: "07:00" } });
    expect(saved.quietHours).toEqual({ start: "22:30", end: "07:00" });
    expect(saved.duringQuietHours.match_result).toBe("send");

    const before = await snapshot(user.id);
    await expect(updatePreferences(user.id, { quietHours: { start: "07:00", end: "07:00" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("Quiet hours must start and end at different times."),
    });
    expect(await snapshot(user.id)).toEqual(before);
    expect((await updatePreferences(user.id, { quietHours: null })).quietHours).toBeNull();
  });

  it("refuses an unknown user", async () => {
    await expect(updatePreferences("no_such_user", { optOutEmail: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
