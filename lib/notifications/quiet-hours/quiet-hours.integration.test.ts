// Quiet hours end to end on the real database: notify holds email inside the window (in-app at
// once), the release function sends it when the window ends (Resend stand-in), and skips what the
// player read meanwhile. The clock (Date only) is set to the local times the scenario names.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startResendStandIn, type TResendStandIn } from "@/test-support/resend-stand-in";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";

let resend: TResendStandIn;
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp() {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  const [{ db }, notify, email, release, drive, factories] = await Promise.all([
    import("@/lib/db"),
    import("@/inngest/functions/notify"),
    import("@/inngest/functions/send-email-batch"),
    import("@/inngest/functions/release-held-notifications"),
    import("@/test-support/drive-inngest"),
    import("@/test-support/factories"),
  ]);
  return { db, ...notify, ...email, ...release, ...drive, ...factories };
}

// 23:30 in Berlin on 14 January 2026 (UTC+1); the 23:00–08:00 window ends at 07:00 UTC on the 15th.
const NIGHT = new Date("2026-01-14T22:30:00Z");
const WINDOW_END = "2026-01-15T07:00:00.000Z";
let sleeper: string;

beforeAll(async () => {
  resend = await startResendStandIn();
  app = await loadApp();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await resend.close();
});
beforeEach(async () => {
  resend.reset();
  resend.configure({ requestsPerSecond: 1_000 });
  await app.db.$executeRaw`TRUNCATE "User", "Team", "Tournament", "OutboxEvent", "CapturedEmail" CASCADE`;
  const user = await app.aUser({ name: "Sleeper", email: "sleeper@quiet.test", timezone: "Europe/Berlin" });
  await app.aPreference(user.id, { quietHoursStart: "23:00", quietHoursEnd: "08:00" });
  sleeper = user.id;
  vi.useFakeTimers({ toFake: ["Date"], now: NIGHT });
});
afterEach(() => vi.useRealTimers());

function request(overrides: Partial<TNotificationRequest> = {}): TNotificationRequest {
  return {
    type: "match_result",
    recipientIds: [sleeper],
    title: "Crimson 13–7 Azure",
    body: "Crimson won round 2.",
    url: "/tournaments/crown-cup",
    dedupKey: `quiet:${overrides.type ?? "match_result"}`,
    teamId: null,
    data: null,
    ...overrides,
  };
}

const notify = (data: TNotificationRequest) =>
  app.driveInngest(
    [app.notifyFunction, app.sendEmailBatchFunction],
    [{ name: "notification/requested", data: data as never }],
  );
const release = (events: { id?: string; name: string; data: Record<string, unknown> }[]) =>
  app.driveInngest([app.releaseHeldNotificationsFunction, app.sendEmailBatchFunction], events);
const emailDelivery = () =>
  app.db.delivery.findFirstOrThrow({
    where: { channel: "EMAIL" },
    select: { status: true, reason: true, heldUntil: true },
  });

describe("quiet hours", () => {
  it("holds the email of a notification made at 23:30 local, shows it in-app at once, and emails it at 08:00 local", async () => {
    const night = await notify(request());
    const notification = await app.db.notification.findFirstOrThrow({ select: { archivedAt: true, readAt: true } });
    expect(notification).toEqual({ archivedAt: null, readAt: null }); // in the bell now
    expect(resend.delivered).toHaveLength(0);
    expect(await emailDelivery()).toMatchObject({ status: "HELD", heldUntil: new Date(WINDOW_END) });
    const releases = night.sent.filter((event) => event.name === "notification/quiet-hours.release-requested");
    expect(releases).toEqual([
      expect.objectContaining({
        id: `quiet-release:${sleeper}:${WINDOW_END}`,
        data: { userId: sleeper, releaseAt: WINDOW_END },
      }),
    ]);

    vi.setSystemTime(new Date(WINDOW_END));
    const morning = await release(releases);
    expect(morning.slept).toEqual([
      { fn: "release-held-notifications", id: "wait-for-quiet-hours-end", until: WINDOW_END },
    ]);
    expect(resend.delivered.map((mail) => mail.to)).toEqual([["sleeper@quiet.test"]]);
    expect(await emailDelivery()).toMatchObject({ status: "SENT" });

    // A second release of the same window sends nothing again.
    await release(releases.map((event) => ({ ...event, id: `${event.id}:again` })));
    expect(resend.delivered).toHaveLength(1);
  });

  it("does not send a held email the player read in the app meanwhile, and says why", async () => {
    const night = await notify(request());
    await app.db.notification.updateMany({ data: { readAt: new Date("2026-01-15T06:30:00Z") } });
    vi.setSystemTime(new Date(WINDOW_END));
    await release(night.sent.filter((event) => event.name === "notification/quiet-hours.release-requested"));
    expect(resend.delivered).toHaveLength(0);
    expect(await emailDelivery()).toMatchObject({
      status: "SKIPPED",
      reason: "read in the app before your quiet hours ended",
    });
  });

  it("sends a match check-in reminder at once, even during quiet hours", async () => {
    const night = await notify(request({ type: "match_starting", title: "Check in now" }));
    expect(night.sent.some((event) => event.name === "notification/quiet-hours.release-requested")).toBe(false);
    expect(resend.delivered.map((mail) => mail.subject)).toEqual([expect.stringContaining("Check in now")]);
    expect(await emailDelivery()).toMatchObject({ status: "SENT", heldUntil: null });
  });

  it("sends at once a type the player marked 'even during quiet hours'", async () => {
    await app.db.notificationPreference.update({
      where: { userId: sleeper },
      data: { duringQuietHours: { match_result: "send" } },
    });
    await notify(request());
    expect(resend.delivered).toHaveLength(1);
    expect(await emailDelivery()).toMatchObject({ status: "SENT" });
  });

  it("sends at once outside the window", async () => {
    vi.setSystemTime(new Date("2026-01-15T12:00:00Z"));
    await notify(request());
    expect(resend.delivered).toHaveLength(1);
  });
});
