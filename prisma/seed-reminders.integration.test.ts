// The demo's match about to start: there after seeding, its event waiting in the outbox, not moved
// by a second seed — and the real reminder function, its sleep over, reminds Alex's team.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { remindMatchStartFunction } from "@/inngest/functions/remind-match-start";
import { driveInngest } from "@/test-support/drive-inngest";
import { notifyFunction } from "@/inngest/functions/notify";
import { seedDemoData } from "./seed";
import { SOON_MATCH_ID } from "./seed-reminders";

const MINUTE = 60_000;

describe("demo seed: a match about to start", () => {
  it("starts 45 minutes after seeding, with its match/scheduled event in the outbox; a second seed moves nothing", async () => {
    const now = new Date();
    await seedDemoData(db, now);
    const match = await db.match.findUniqueOrThrow({ where: { id: SOON_MATCH_ID } });
    expect(match.status).toBe("SCHEDULED");
    const startsIn = (match.scheduledAt?.getTime() ?? 0) - now.getTime();
    expect(startsIn).toBeGreaterThanOrEqual(45 * MINUTE);
    expect(startsIn).toBeLessThan(46 * MINUTE);
    const [event] = await db.outboxEvent.findMany({ where: { name: "match/scheduled" } });
    expect(event?.data).toEqual({
      matchId: SOON_MATCH_ID,
      tournamentId: match.tournamentId,
      scheduledAt: match.scheduledAt?.toISOString(),
    });

    await seedDemoData(db, new Date(now.getTime() + 3 * 60 * MINUTE));
    expect((await db.match.findUniqueOrThrow({ where: { id: SOON_MATCH_ID } })).scheduledAt).toEqual(match.scheduledAt);
    expect(await db.outboxEvent.count({ where: { name: "match/scheduled" } })).toBe(1);

    // 15 minutes later (its sleep over), the real function reminds both rosters.
    const report = await driveInngest(
      [remindMatchStartFunction, notifyFunction],
      [{ id: event?.id, name: "match/scheduled", data: event?.data as Record<string, unknown> }],
      { sleeps: "elapsed" },
    );
    expect(report.runs.map((run) => [run.fn, run.status])).toEqual([
      ["remind-match-start", "completed"],
      ["notify", "completed"],
      ["notify", "completed"],
    ]);
    const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@deltacrown.test" }, select: { id: true } });
    expect(
      await db.notification.findMany({ where: { userId: alex.id, type: "match_starting" }, select: { title: true } }),
    ).toEqual([{ title: expect.stringMatching(/^Your match vs Golden Tide starts in (30|29) min$/) }]);
  });
});
