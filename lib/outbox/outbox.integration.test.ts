// The request path: a change and its events commit together, then the events go to Inngest right
// after commit (never inside the transaction), with the row id as event id and createdAt as ts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { teamInviteSent, tournamentCompleted } from "@/inngest/events";
import { failInngestSends, inngestStandIn, sentEvents } from "@/test-support/inngest-stand-in";
import { collectEvents } from "./collect-events";
import { publishEvents } from "./publish-events";
import { OUTBOX_BACKOFF_BASE_MS } from "./record-send-outcomes";
import { countPendingEvents, relayOutbox } from "./relay-outbox";
import { stageEvents } from "./stage-events";
import { transactWithEvents } from "./transact-with-events";
import { aTournament } from "@/test-support/factories";

const acceptedSends = () =>
  inngestStandIn().requests.filter((request) => request.method === "POST" && request.status === 200).length;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("transactional outbox", () => {
  it("commits the change with its event and sends the event with the outbox id as its id and the row's creation as its ts", async () => {
    const tournament = await aTournament({ name: "outbox-happy", slug: "outbox-happy" });
    await transactWithEvents(async (tx, emit) => {
      await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
      emit(tournamentCompleted.create({ tournamentId: tournament.id }));
    });

    const row = await db.outboxEvent.findFirstOrThrow({
      where: { name: "tournament/completed", data: { equals: { tournamentId: tournament.id } } },
    });
    expect(row).toMatchObject({ attempts: 1, rejections: 0, deadAt: null, lastError: null });
    expect(row.sentAt).not.toBeNull();
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({
        id: row.id,
        name: "tournament/completed",
        data: { tournamentId: tournament.id },
        ts: row.createdAt.getTime(),
      }),
    );
  });

  it("writes neither the change nor the event when the work fails", async () => {
    const tournament = await aTournament({ name: "outbox-rollback", slug: "outbox-rollback" });
    const before = await db.outboxEvent.count();
    await expect(
      transactWithEvents(async (tx, emit) => {
        await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
        emit(tournamentCompleted.create({ tournamentId: tournament.id }));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("DRAFT");
    expect(await db.outboxEvent.count()).toBe(before);
  });

  it("refuses an event whose data does not match its schema, and writes nothing", async () => {
    const tournament = await aTournament({ name: "outbox-invalid", slug: "outbox-invalid" });
    await expect(
      transactWithEvents(async (tx, emit) => {
        await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
        emit(teamInviteSent.create({ inviteId: "", teamId: "t", inviteeId: "u", invitedById: "c" }));
      }),
    ).rejects.toThrow();
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("DRAFT");
  });

  it("keeps the event pending and backing off while Inngest is down, and the sweep delivers it exactly once later", async () => {
    const tournament = await aTournament({ name: "outbox-down", slug: "outbox-down" });
    const outage = failInngestSends();
    await transactWithEvents(async (tx, emit) => {
      await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
      emit(tournamentCompleted.create({ tournamentId: tournament.id }));
    });
    // The change is committed even though the send failed.
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("COMPLETED");
    const pending = await db.outboxEvent.findFirstOrThrow({
      where: { data: { equals: { tournamentId: tournament.id } } },
    });
    expect(pending).toMatchObject({ sentAt: null, attempts: 1, rejections: 0, deadAt: null });
    expect(pending.lastError).toContain("500");
    expect(pending.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(Date.now() + OUTBOX_BACKOFF_BASE_MS - 5_000);
    expect(await countPendingEvents()).toBeGreaterThanOrEqual(1);

    // A sweep during the outage leaves it pending, backing off further, never dead-lettered.
    expect(await relayOutbox(minutesFromNow(2))).toMatchObject({ sent: 0, unavailable: 1, deadLettered: 0 });
    const afterSweep = await db.outboxEvent.findUniqueOrThrow({ where: { id: pending.id } });
    expect(afterSweep).toMatchObject({ attempts: 2, rejections: 0, deadAt: null });
    expect(afterSweep.nextAttemptAt.getTime()).toBeGreaterThan(minutesFromNow(2).getTime() + OUTBOX_BACKOFF_BASE_MS);
    outage.restore();

    const sendsBefore = acceptedSends();
    expect(await relayOutbox(minutesFromNow(3))).toMatchObject({ sent: 0 }); // still backing off
    const relayed = await relayOutbox(minutesFromNow(10));
    expect(relayed).toMatchObject({ sent: 1, rejected: 0, unavailable: 0, pending: 0 });
    expect(acceptedSends()).toBe(sendsBefore + 1);
    expect(await relayOutbox(minutesFromNow(60))).toMatchObject({ sent: 0, pending: 0 });
    expect(sentEvents().filter((event) => event.id === pending.id)).toEqual([
      expect.objectContaining({ ts: pending.createdAt.getTime() }),
    ]);
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: pending.id } })).sentAt).not.toBeNull();
  });

  it("leaves a row to its writer during the grace period, and sends it once the writer has evidently died", async () => {
    const tournament = await aTournament({ name: "outbox-grace", slug: "outbox-grace" });
    // As if the process died right after commit: staged, never published.
    const [event] = await db.$transaction((tx) =>
      stageEvents(tx, [tournamentCompleted.create({ tournamentId: tournament.id })], { graceMs: 30_000 }),
    );
    expect(await relayOutbox(new Date())).toMatchObject({ sent: 0, pending: 1 });
    expect(await relayOutbox(minutesFromNow(1))).toMatchObject({ sent: 1, pending: 0 });
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({ id: event?.id, name: "tournament/completed", ts: event?.ts }),
    );
  });

  it("stages an event with a deterministic id once, however often it is emitted", async () => {
    const tournament = await aTournament({ name: "outbox-dedupe", slug: "outbox-dedupe" });
    for (let i = 0; i < 3; i++) {
      await transactWithEvents(async (_tx, emit) =>
        emit({ ...tournamentCompleted.create({ tournamentId: tournament.id }), id: `test:${tournament.id}` }),
      );
    }
    expect(await db.outboxEvent.count({ where: { id: `test:${tournament.id}` } })).toBe(1);
    expect(sentEvents().filter((event) => event.id === `test:${tournament.id}`)).toHaveLength(1);
  });

  it("refuses to publish inside a transaction or inside an Inngest step's collector", async () => {
    const tournament = await aTournament({ name: "outbox-guard", slug: "outbox-guard" });
    const event = {
      id: `guard:${tournament.id}`,
      name: "tournament/completed",
      data: { tournamentId: tournament.id },
      ts: Date.now(),
    };
    await expect(transactWithEvents(() => publishEvents([event]))).rejects.toThrow(
      "must not run inside a database transaction",
    );
    await expect(collectEvents(() => publishEvents([event]))).rejects.toThrow(
      "inside an Inngest step, events go out with step.sendEvent",
    );
    // A lib operation nested in another's transaction would publish inside it: refused, and the outer one rolls back.
    await expect(
      transactWithEvents(async (tx) => {
        await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
        await transactWithEvents(async (_inner, emit) =>
          emit(tournamentCompleted.create({ tournamentId: tournament.id })),
        );
      }),
    ).rejects.toThrow("must not run inside a database transaction");
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("DRAFT");
    expect(sentEvents().filter((sent) => sent.data.tournamentId === tournament.id)).toEqual([]);
  });
});
