// Held Discord mentions end to end on the real database, against the Discord stand-in: during quiet
// hours the team's post goes out without the sleeper's mention; when the window ends one post per
// webhook mentions only them and lists what happened, and their deliveries settle with it.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startDiscordStandIn, type TDiscordStandIn } from "@/test-support/discord-stand-in";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";

let discord: TDiscordStandIn;
let platformHook: string;
let teamHook: string;
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  vi.resetModules();
  vi.stubEnv("DISCORD_WEBHOOK_URL", platformHook);
  const [{ db }, notify, post, release, drive, factories] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions/notify"),
    import("@/inngest/functions/post-to-discord"),
    import("@/inngest/functions/release-held-notifications"),
    import("@/test-support/drive-inngest"),
    import("@/test-support/factories"),
  ]);
  return { db, ...notify, ...post, ...release, ...drive, ...factories };
}

// 23:30 in Berlin (UTC+1); the 23:00–08:00 window ends at 07:00 UTC.
const NIGHT = new Date("2026-01-14T22:30:00Z");
const WINDOW_END = "2026-01-15T07:00:00.000Z";
const SLEEPER_DISCORD = "400000000000000001";
const AWAKE_DISCORD = "400000000000000002";
let sleeper: string;
let awake: string;
let teamId: string;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  platformHook = discord.createWebhook();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await discord.close();
});
beforeEach(async () => {
  discord.reset();
  teamHook = discord.createWebhook();
  await app.db.$executeRaw`TRUNCATE "User", "Team", "OutboxEvent", "DiscordPost", "DiscordRateLimit" CASCADE`;
  const discordToo = { match_result: ["in_app", "discord"], roster_changed: ["in_app", "discord"] };
  const night = await app.aUser({ name: "Sleeper", timezone: "Europe/Berlin", discordUserId: SLEEPER_DISCORD });
  await app.aPreference(night.id, { quietHoursStart: "23:00", quietHoursEnd: "08:00", channels: discordToo });
  const day = await app.aUser({ name: "Awake", timezone: "UTC", discordUserId: AWAKE_DISCORD });
  await app.aPreference(day.id, { channels: discordToo });
  [sleeper, awake] = [night.id, day.id];
  teamId = (
    await app.db.team.create({
      data: { name: "Crimson", slug: "crimson", tag: "CRM", captainId: awake, discordWebhookUrl: teamHook },
    })
  ).id;
  vi.useFakeTimers({ toFake: ["Date"], now: NIGHT });
});
afterEach(() => vi.useRealTimers());

const request = (overrides: Partial<TNotificationRequest>): TNotificationRequest => ({
  type: "match_result",
  recipientIds: [sleeper, awake],
  title: "Crimson 13–7 Azure",
  body: "Crimson won round 2.",
  url: "/tournaments/crown-cup",
  dedupKey: "quiet-discord:m1",
  teamId,
  data: null,
  ...overrides,
});

const functions = () => [app.notifyFunction, app.postToDiscordFunction, app.releaseHeldNotificationsFunction];
const notify = (data: TNotificationRequest) =>
  app.driveInngest(functions(), [{ name: "notification/requested", data: data as never }], { throttle: false });
const releaseEvents = (report: Awaited<ReturnType<typeof notify>>) =>
  report.sent.filter((event) => event.name === "notification/quiet-hours.release-requested");
const sleeperDeliveries = () =>
  app.db.delivery.findMany({
    where: { channel: "DISCORD", notification: { userId: sleeper } },
    select: { status: true, reason: true },
  });

describe("held Discord mentions", () => {
  it("posts at once without the sleeper's mention, then mentions them in one post per webhook when the window ends", async () => {
    const first = await notify(request({}));
    vi.setSystemTime(new Date(NIGHT.getTime() + 60_000));
    const second = await notify(request({ type: "roster_changed", title: "Dana joined Crimson", dedupKey: "r1" }));
    // Night: each notice posted once on the team webhook (match results on the platform's too), mentioning only Awake.
    expect(discord.messages(teamHook).map((message) => message.content)).toEqual([
      `<@${AWAKE_DISCORD}>`,
      `<@${AWAKE_DISCORD}>`,
    ]);
    expect(await sleeperDeliveries()).toEqual([
      { status: "HELD", reason: "held for your quiet hours" },
      { status: "HELD", reason: "held for your quiet hours" },
    ]);

    vi.setSystemTime(new Date(WINDOW_END));
    // Both notices share one window end: one release event (same id), run once.
    await app.driveInngest(functions(), [...releaseEvents(first), ...releaseEvents(second)], { throttle: false });

    const morning = discord.messages(teamHook).slice(2);
    expect(morning).toHaveLength(1);
    expect(morning[0]).toMatchObject({
      content: `<@${SLEEPER_DISCORD}>`,
      allowedMentions: { parse: [], users: [SLEEPER_DISCORD] },
      embeds: [
        expect.objectContaining({
          title: expect.stringContaining("2 updates while you were in quiet hours"),
          description: expect.stringMatching(/Dana joined Crimson[\s\S]*Crimson 13–7 Azure/),
        }),
      ],
    });
    // The team webhook carried both, so the platform webhook gets no lone mention.
    expect(discord.messages(platformHook).map((message) => message.content)).toEqual([`<@${AWAKE_DISCORD}>`]);
    expect(await sleeperDeliveries()).toEqual([
      expect.objectContaining({ status: "SENT", reason: null }),
      expect.objectContaining({ status: "SENT", reason: null }),
    ]);

    // A redelivered release posts nothing again.
    await app.driveInngest(
      functions(),
      releaseEvents(first).map((event) => ({ ...event, id: `${event.id}:again` })),
      { throttle: false },
    );
    expect(discord.messages(teamHook)).toHaveLength(3);
  });

  it("a single held notice goes out as its own embed; one read meanwhile, or after unlinking Discord, is not sent and says why", async () => {
    const night = await notify(request({}));
    vi.setSystemTime(new Date(WINDOW_END));
    await app.driveInngest(functions(), releaseEvents(night), { throttle: false });
    const [mention] = discord.messages(teamHook).slice(1);
    expect(mention?.embeds).toEqual([
      expect.objectContaining({ title: expect.stringContaining("Crimson 13–7 Azure") }),
    ]);

    vi.setSystemTime(NIGHT);
    const read = await notify(request({ dedupKey: "m2", title: "Crimson 2–0 Gold" }));
    await app.db.notification.updateMany({ where: { dedupKey: "m2", userId: sleeper }, data: { readAt: new Date() } });
    const unlinked = await notify(request({ dedupKey: "m3", title: "Crimson 0–2 Jade", recipientIds: [sleeper] }));
    vi.setSystemTime(new Date("2026-01-16T07:00:00.000Z"));
    await app.db.user.update({ where: { id: sleeper }, data: { discordUserId: null } });
    await app.driveInngest(functions(), [...releaseEvents(read), ...releaseEvents(unlinked)], { throttle: false });
    expect(discord.messages(teamHook)).toHaveLength(4); // the two night posts of m2 and m3, no mention later
    const reasons = (
      await app.db.delivery.findMany({
        where: { channel: "DISCORD", notification: { userId: sleeper, dedupKey: { in: ["m2", "m3"] } } },
        select: { reason: true, notification: { select: { dedupKey: true } } },
      })
    ).map((row) => `${row.notification.dedupKey}: ${row.reason}`);
    expect(reasons.sort()).toEqual([
      "m2: read in the app before your quiet hours ended",
      "m3: your Discord account is no longer linked",
    ]);
  });
});
