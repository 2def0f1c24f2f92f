// The sweep: late events keep their time, a bad event never blocks the others and ends dead-lettered,
// an outage only backs off, requests stay within Inngest's limits, sent rows are pruned, and no lock
// is held while Inngest answers.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOutboxStatus } from "@/lib/admin/get-outbox-status";
import { failInngestSends, inngestStandIn, sentEvents } from "@/test-support/inngest-stand-in";
import { cronTick, runInngestFunction } from "@/test-support/run-inngest-function";
import { expireInvitesFunction } from "@/inngest/functions/expire-invites";
import { INNGEST_MAX_EVENT_BYTES, SEND_BATCH_MAX_BYTES } from "./inngest-limits";
import { pruneOutbox } from "./prune-outbox";
import { OUTBOX_BACKOFF_MAX_MS, OUTBOX_DEAD_LETTER_AFTER } from "./record-send-outcomes";
import { relayOutbox } from "./relay-outbox";

const NOW = new Date("2026-11-29T10:40:00Z");
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

/** An outbox row left unsent (its writer died, or Inngest was down), due now. */
function aStuckRow(
  id: string,
  overrides: { name?: string; data?: object; createdAt?: Date; attempts?: number; rejections?: number } = {},
) {
  const {
    name = "tournament/completed",
    data = { tournamentId: id },
    createdAt = minutesBefore(30),
    ...counts
  } = overrides;
  return db.outboxEvent.create({ data: { id, name, data, createdAt, nextAttemptAt: minutesBefore(1), ...counts } });
}
const row = (id: string) => db.outboxEvent.findUniqueOrThrow({ where: { id } });
const eventPosts = () =>
  inngestStandIn().requests.filter((request) => request.method === "POST" && request.path.startsWith("/e/"));

beforeEach(async () => {
  await db.outboxEvent.deleteMany();
  inngestStandIn().requests.length = 0;
});

describe("the outbox sweep", () => {
  it("sends a late event with its row's creation time as ts, so a scheduled job still runs the period it was asked for", async () => {
    // Vercel Cron asked for expire-invites at 05:59:50; the event only leaves at 10:40.
    const askedAt = new Date("2026-11-29T05:59:50Z");
    await aStuckRow("cron:expire-invites:2026-11-29T00", {
      name: "jobs/expire-invites.requested",
      data: { trigger: "CRON" },
      createdAt: askedAt,
    });
    expect(await relayOutbox(NOW)).toMatchObject({ sent: 1, pending: 0 });
    const [sent] = sentEvents();
    expect(sent).toMatchObject({ id: "cron:expire-invites:2026-11-29T00", ts: askedAt.getTime() });

    const { result } = await runInngestFunction(expireInvitesFunction, {
      name: sent?.name ?? "",
      data: sent?.data ?? {},
      ts: sent?.ts,
    });
    expect(result).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.automationRun.findFirst({ where: { job: "expire-invites" }, select: { dedupKey: true } })).toEqual({
      dedupKey: "expire-invites:2026-11-29T00",
    });
    // The Inngest cron tick of 06:00 is another period.
    expect(
      (await runInngestFunction(expireInvitesFunction, cronTick(new Date("2026-11-29T06:00:00Z")))).result,
    ).toMatchObject({ status: "SUCCEEDED" });
  });

  it("sends the good events when Inngest refuses one, and dead-letters the bad one after repeated refusals", async () => {
    await aStuckRow("good-1", { createdAt: minutesBefore(3) });
    await aStuckRow("bad", { name: "inngest/function.finished", createdAt: minutesBefore(2) }); // a name Inngest reserves: 400
    await aStuckRow("good-2", { createdAt: minutesBefore(1) });

    expect(await relayOutbox(NOW)).toMatchObject({ sent: 2, rejected: 1, deadLettered: 0, unavailable: 0, pending: 1 });
    expect(sentEvents().map((event) => event.id)).toEqual(["good-1", "good-2"]);
    const refused = await row("bad");
    expect(refused).toMatchObject({ sentAt: null, deadAt: null, attempts: 1, rejections: 1 });
    expect(refused.lastError).toContain("400 event name is reserved for internal use");
    expect(refused.nextAttemptAt.getTime()).toBeGreaterThan(NOW.getTime());
    expect(await relayOutbox(NOW)).toMatchObject({ sent: 0, rejected: 0 }); // backing off

    // Its last allowed refusal dead-letters it; then it is never claimed again.
    await db.outboxEvent.update({
      where: { id: "bad" },
      data: { attempts: OUTBOX_DEAD_LETTER_AFTER - 1, rejections: OUTBOX_DEAD_LETTER_AFTER - 1, nextAttemptAt: NOW },
    });
    expect(await relayOutbox(NOW)).toMatchObject({ rejected: 1, deadLettered: 1, pending: 0, deadLetters: 1 });
    expect((await row("bad")).deadAt).toEqual(NOW);
    const posts = eventPosts().length;
    expect(await relayOutbox(new Date(NOW.getTime() + 86_400_000))).toMatchObject({
      sent: 0,
      rejected: 0,
      deadLetters: 1,
    });
    expect(eventPosts()).toHaveLength(posts);

    const status = await getOutboxStatus();
    expect(status).toMatchObject({
      pendingCount: 0,
      deadLetterCount: 1,
      deadLetters: [{ id: "bad", name: "inngest/function.finished", attempts: OUTBOX_DEAD_LETTER_AFTER }],
    });
    expect(status.deadLetters[0]?.lastError).toContain("reserved for internal use");
  }, 60_000);

  it("only backs off while Inngest is unreachable or misconfigured, however long, and never dead-letters for it", async () => {
    await aStuckRow("waiting", { attempts: 30, rejections: OUTBOX_DEAD_LETTER_AFTER - 1 });
    const outage = failInngestSends();
    expect(await relayOutbox(NOW)).toMatchObject({ sent: 0, rejected: 0, unavailable: 1, deadLettered: 0, pending: 1 });
    outage.restore();
    inngestStandIn().setDefault({ status: 401, body: { status: 401, error: "Event key not found" } });
    expect(await relayOutbox(new Date(NOW.getTime() + OUTBOX_BACKOFF_MAX_MS))).toMatchObject({
      sent: 0,
      rejected: 0,
      unavailable: 1,
    });
    outage.restore();

    const waiting = await row("waiting");
    expect(waiting).toMatchObject({ deadAt: null, attempts: 32, rejections: OUTBOX_DEAD_LETTER_AFTER - 1 });
    expect(waiting.lastError).toContain("401");
    // The backoff is capped: back within OUTBOX_BACKOFF_MAX_MS of the last try.
    expect(waiting.nextAttemptAt).toEqual(new Date(NOW.getTime() + 2 * OUTBOX_BACKOFF_MAX_MS));
    expect(await relayOutbox(new Date(NOW.getTime() + 2 * OUTBOX_BACKOFF_MAX_MS))).toMatchObject({
      sent: 1,
      pending: 0,
    });
  }, 60_000);

  it("sends in requests capped by bytes, and dead-letters at once an event too big for Inngest", async () => {
    const filler = "x".repeat(20_000);
    for (let index = 0; index < 30; index++)
      await aStuckRow(`big-${String(index).padStart(2, "0")}`, { data: { tournamentId: `t${index}`, filler } });
    await aStuckRow("huge", { data: { tournamentId: "huge", filler: "y".repeat(INNGEST_MAX_EVENT_BYTES) } });

    expect(await relayOutbox(NOW)).toMatchObject({ sent: 30, rejected: 1, deadLettered: 1, pending: 0 });
    const posts = eventPosts();
    expect(posts.length).toBeGreaterThanOrEqual(Math.ceil((30 * 20_000) / SEND_BATCH_MAX_BYTES));
    for (const post of posts) {
      expect(post.status).toBe(200);
      expect(Buffer.byteLength(post.body)).toBeLessThanOrEqual(SEND_BATCH_MAX_BYTES);
    }
    expect(new Set(sentEvents().map((event) => event.id)).size).toBe(30);
    expect(await row("huge")).toMatchObject({
      attempts: 1,
      sentAt: null,
      lastError: expect.stringContaining(`at most ${INNGEST_MAX_EVENT_BYTES}`),
    });
    expect((await row("huge")).deadAt).not.toBeNull();
  });

  it("prunes rows sent more than 7 days ago, in batches, and keeps unsent and dead-lettered ones", async () => {
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
    await db.outboxEvent.createMany({
      data: Array.from({ length: 6_000 }, (_, index) => ({
        id: `old-${index}`,
        name: "tournament/completed",
        data: {},
        createdAt: daysAgo(9),
        sentAt: daysAgo(8),
      })),
    });
    await db.outboxEvent.createMany({
      data: [
        { id: "recent", name: "tournament/completed", data: {}, createdAt: daysAgo(6), sentAt: daysAgo(6) },
        { id: "unsent", name: "tournament/completed", data: {}, createdAt: daysAgo(30), nextAttemptAt: daysAgo(-1) },
        { id: "dead", name: "tournament/completed", data: {}, createdAt: daysAgo(30), deadAt: daysAgo(29) },
      ],
    });
    expect(await pruneOutbox(NOW)).toEqual({ deletedCount: 6_000 });
    expect(
      (await db.outboxEvent.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(({ id }) => id),
    ).toEqual(["dead", "recent", "unsent"]);
    expect(await pruneOutbox(NOW)).toEqual({ deletedCount: 0 });
  });

  it("holds no lock while Inngest answers: the row can be updated meanwhile, and a second sweep does not send it again", async () => {
    await aStuckRow("slow");
    inngestStandIn().enqueue({ status: 200, body: { ids: ["slow"], status: 200 }, delayMs: 2_000 });
    const sweeping = relayOutbox(NOW);
    while (eventPosts().length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    // Inngest has the request and has not answered: a lock on the row would make this wait, and time out.
    const started = Date.now();
    await db.$transaction([
      db.$executeRaw`SET LOCAL lock_timeout = '300ms'`,
      db.outboxEvent.update({ where: { id: "slow" }, data: { lastError: "touched meanwhile" } }),
    ]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await relayOutbox(NOW)).toMatchObject({ sent: 0, pending: 1 }); // claimed by the first sweep

    expect(await sweeping).toMatchObject({ sent: 1, pending: 0 });
    expect(eventPosts()).toHaveLength(1);
    expect(await row("slow")).toMatchObject({ lastError: null, attempts: 1 });
  });
});
