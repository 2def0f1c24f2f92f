// The admin's review of an announcement (the rendered notice and email, and who it reaches) and the
// list's delivery progress, on the demo world. Audiences are counted from the tables directly.
import { beforeEach, describe, expect, it } from "vitest";
import { notifyFunction } from "@/inngest/functions/notify";
import { sendAnnouncementFunction } from "@/inngest/functions/send-announcement";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ADMIN, player, resetDemoData, seedId, tallyEvents, expectNoNewEvents } from "@/test-support/domain-test-kit";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { createAnnouncement } from "./create-announcement";
import { ANNOUNCEMENT_SETTLE_MS, getAnnouncementProgress } from "./get-announcement-progress";
import { previewAnnouncement } from "./preview-announcement";

const HOSTILE = {
  title: `Finals <script>alert("x")</script> & "prizes"`,
  body: "Line one <img src=x onerror=alert(1)>\nLine two",
  url: "/tournaments",
};

beforeEach(async () => {
  await resetDemoData();
});

async function errorOf(work: Promise<unknown>) {
  return work.then(
    () => null,
    (caught: unknown) => caught,
  );
}

describe("previewing an announcement", () => {
  it("renders the real email: the title as subject, escaped in the HTML, as written in the plain text", async () => {
    const preview = await previewAnnouncement(ADMIN, { ...HOSTILE, audience: "ALL" });

    expect(preview.email.subject).toBe(HOSTILE.title);
    expect(preview.email.html).toContain(
      "Finals &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;prizes&quot;",
    );
    expect(preview.email.html).toContain("Line one &lt;img src=x onerror=alert(1)&gt;");
    expect(preview.email.html).not.toContain("<script>");
    expect(preview.email.html).not.toContain("<img src=x");
    expect(preview.email.text).toContain(HOSTILE.title);
    expect(preview.email.text).toContain("Line two");
    // Plain text is not HTML: nothing in it is escaped.
    expect(preview.email.text).not.toContain("&lt;");
    // The button goes where the notice does, made absolute.
    expect(preview.email.html).toContain(`href="${new URL("/tournaments", env.APP_URL).toString()}"`);
    expect(preview.notification).toEqual({
      type: "announcement",
      typeLabel: "Announcements",
      title: HOSTILE.title,
      body: HOSTILE.body,
      href: "/tournaments",
    });
  });

  it("counts and names each audience: everyone, a team, a tournament's teams", async () => {
    const users = await db.user.count();
    const crimson = await db.team.findUniqueOrThrow({
      where: { id: seedId.team("crimson") },
      select: { name: true, _count: { select: { memberships: true } } },
    });
    const ongoing = await db.tournament.findUniqueOrThrow({
      where: { id: seedId.tournament("ongoing") },
      select: { name: true, registrations: { select: { team: { select: { memberships: true } } } } },
    });
    const ongoingPlayers = new Set(
      ongoing.registrations.flatMap((row) => row.team.memberships.map((membership) => membership.userId)),
    ).size;

    const all = await previewAnnouncement(ADMIN, { ...HOSTILE, audience: "ALL" });
    const team = await previewAnnouncement(ADMIN, { ...HOSTILE, audience: "TEAM", targetId: seedId.team("crimson") });
    const tournament = await previewAnnouncement(ADMIN, {
      ...HOSTILE,
      audience: "TOURNAMENT",
      targetId: seedId.tournament("ongoing"),
    });

    expect([all.recipientCount, all.audienceLine]).toEqual([users, `to all ${users} players`]);
    expect([team.recipientCount, team.audienceLine]).toEqual([
      crimson._count.memberships,
      `to ${crimson._count.memberships} players on ${crimson.name}`,
    ]);
    expect([tournament.recipientCount, tournament.audienceLine]).toEqual([
      ongoingPlayers,
      `to ${ongoingPlayers} players in ${ongoing.name}`,
    ]);
  });

  it("refuses a player, bad input and an unsafe link the way sending would, and writes nothing", async () => {
    const before = await tallyEvents();
    expect(await errorOf(previewAnnouncement(player("alex"), { ...HOSTILE, audience: "ALL" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await errorOf(previewAnnouncement(ADMIN, { ...HOSTILE, title: "  ", audience: "ALL" }))).toMatchObject({
      code: "INVALID_INPUT",
      message: "Enter a title.",
    });
    expect(
      await errorOf(previewAnnouncement(ADMIN, { ...HOSTILE, url: "javascript:alert(1)", audience: "ALL" })),
    ).toMatchObject({ code: "INVALID_INPUT" });
    expect(
      await errorOf(previewAnnouncement(ADMIN, { ...HOSTILE, audience: "TEAM", targetId: "no_such_team" })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.announcement.count()).toBe(0);
    await expectNoNewEvents(before);
  });
});

describe("an announcement's delivery progress", () => {
  it("is queued until notify has run, then sent with every recipient counted", async () => {
    const { announcementId, recipientCount } = await createAnnouncement(ADMIN, {
      ...HOSTILE,
      audience: "TEAM",
      targetId: seedId.team("crimson"),
    });
    expect(await getAnnouncementProgress(ADMIN, { ids: [announcementId] })).toEqual([
      { id: announcementId, recipientCount, deliveredCount: 0, sentAt: null, state: "queued" },
    ]);

    const created = sentEvents().find((sent) => sent.data.announcementId === announcementId);
    if (!created) throw new Error("announcement/created was not sent");
    const since = sentEvents().length;
    expect((await runInngestFunction(sendAnnouncementFunction, created)).error).toBeUndefined();
    const requests = sentEvents()
      .slice(since)
      .filter((sent) => sent.name === "notification/requested");
    // The fan-out is recorded, but nobody has the notice yet.
    const [fannedOut] = await getAnnouncementProgress(ADMIN, { ids: [announcementId] });
    expect(fannedOut).toMatchObject({ deliveredCount: 0, state: "queued", sentAt: expect.any(Date) });

    for (const request of requests) expect((await runInngestFunction(notifyFunction, request)).error).toBeUndefined();

    expect(await getAnnouncementProgress(ADMIN, { ids: [announcementId] })).toEqual([
      { id: announcementId, recipientCount, deliveredCount: recipientCount, sentAt: expect.any(Date), state: "sent" },
    ]);
  });

  it("stops waiting for recipients who got nothing once the fan-out has been sent a while", async () => {
    const { announcementId } = await createAnnouncement(ADMIN, { ...HOSTILE, audience: "ALL" });
    const sentAt = new Date(Date.now() - 60_000);
    await db.announcement.update({ where: { id: announcementId }, data: { sentAt } });
    // One player has it; the others (say, muted) never will.
    await db.notification.create({
      data: {
        userId: seedId.user("alex"),
        type: "announcement",
        title: HOSTILE.title,
        body: HOSTILE.body,
        dedupKey: `announcement:${announcementId}`,
      },
    });

    const [recent] = await getAnnouncementProgress(ADMIN, { ids: [announcementId] });
    expect(recent).toMatchObject({ deliveredCount: 1, state: "sending" });
    const later = new Date(sentAt.getTime() + ANNOUNCEMENT_SETTLE_MS + 1);
    const [settled] = await getAnnouncementProgress(ADMIN, { ids: [announcementId] }, later);
    expect(settled).toMatchObject({ deliveredCount: 1, state: "sent" });
  });

  it("is for admins only, and skips ids that are not announcements", async () => {
    expect(await errorOf(getAnnouncementProgress(player("alex"), { ids: [] }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await getAnnouncementProgress(ADMIN, { ids: ["no_such_announcement"] })).toEqual([]);
  });
});
