import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { teamInviteSent, tournamentCompleted } from "@/inngest/events";
import { failInngestSends, inngestStandIn, sentEvents } from "@/lib/testing/inngest-stand-in";
import { countPendingEvents, relayOutbox } from "./relay-outbox";
import { transactWithEvents } from "./transact-with-events";

async function aTournament(slug: string) {
  return db.tournament.create({ data: { name: slug, slug, game: "Valorant" } });
}

const acceptedSends = () => inngestStandIn().requests.filter((request) => request.method === "POST" && request.status === 200).length;

describe("transactional outbox", () => {
  it("commits the change with its event and sends the event with the outbox id as the Inngest event id", async () => {
    const tournament = await aTournament("outbox-happy");
    await transactWithEvents(async (tx, emit) => {
      await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
      emit(tournamentCompleted.create({ tournamentId: tournament.id }));
    });

    const row = await db.outboxEvent.findFirstOrThrow({ where: { name: "tournament/completed", data: { equals: { tournamentId: tournament.id } } } });
    expect(row.sentAt).not.toBeNull();
    expect(sentEvents()).toContainEqual(expect.objectContaining({ id: row.id, name: "tournament/completed", data: { tournamentId: tournament.id } }));
  });

  it("writes neither the change nor the event when the work fails", async () => {
    const tournament = await aTournament("outbox-rollback");
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
    const tournament = await aTournament("outbox-invalid");
    await expect(
      transactWithEvents(async (tx, emit) => {
        await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
        emit(teamInviteSent.create({ inviteId: "", teamId: "t", inviteeId: "u", invitedById: "c" }));
      }),
    ).rejects.toThrow();
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("DRAFT");
  });

  it("keeps the event pending while Inngest is down, and the sweep delivers it exactly once later", async () => {
    const tournament = await aTournament("outbox-down");
    const outage = failInngestSends();
    await transactWithEvents(async (tx, emit) => {
      await tx.tournament.update({ where: { id: tournament.id }, data: { status: "COMPLETED" } });
      emit(tournamentCompleted.create({ tournamentId: tournament.id }));
    });
    // The change is committed even though the send failed.
    expect((await db.tournament.findUniqueOrThrow({ where: { id: tournament.id } })).status).toBe("COMPLETED");
    const pending = await db.outboxEvent.findFirstOrThrow({ where: { data: { equals: { tournamentId: tournament.id } } } });
    expect(pending).toMatchObject({ sentAt: null, attempts: 1 });
    expect(pending.lastError).toBeTruthy();
    expect(await countPendingEvents()).toBeGreaterThanOrEqual(1);

    // A sweep during the outage leaves it pending.
    const later = new Date(Date.now() + 60_000);
    expect(await relayOutbox(later)).toMatchObject({ sent: 0 });
    outage.restore();

    const sendsBefore = acceptedSends();
    const relayed = await relayOutbox(later);
    expect(relayed).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(acceptedSends()).toBe(sendsBefore + 1);
    expect(await relayOutbox(later)).toMatchObject({ sent: 0, pending: 0 });
    expect(sentEvents().filter((event) => event.id === pending.id)).toHaveLength(1);
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: pending.id } })).sentAt).not.toBeNull();
  });

  it("leaves fresh rows to the request that wrote them (grace period)", async () => {
    const outage = failInngestSends();
    const tournament = await aTournament("outbox-grace");
    await transactWithEvents(async (_tx, emit) => emit(tournamentCompleted.create({ tournamentId: tournament.id })));
    outage.restore();
    expect(await relayOutbox(new Date())).toMatchObject({ sent: 0, pending: 1 });
    expect(await relayOutbox(new Date(Date.now() + 60_000))).toMatchObject({ sent: 1, pending: 0 });
  });

  it("stages an event with a deterministic id once, however often it is emitted", async () => {
    const tournament = await aTournament("outbox-dedupe");
    for (let i = 0; i < 3; i++) {
      await transactWithEvents(async (_tx, emit) => emit({ ...tournamentCompleted.create({ tournamentId: tournament.id }), id: `test:${tournament.id}` }));
    }
    expect(await db.outboxEvent.count({ where: { id: `test:${tournament.id}` } })).toBe(1);
    expect(sentEvents().filter((event) => event.id === `test:${tournament.id}`)).toHaveLength(1);
  });
});
