// Inside an Inngest step, lib operations stage their events as usual but hand them back instead of
// publishing them; whatever the step cannot hand back goes to the sweep's next run.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { tournamentCompleted } from "@/inngest/events";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { collectEvents } from "./collect-events";
import { relayOutbox } from "./relay-outbox";
import { transactWithEvents } from "./transact-with-events";

const completeTournament = (tournamentId: string) =>
  transactWithEvents(async (_tx, emit) => emit(tournamentCompleted.create({ tournamentId })));

describe("collectEvents", () => {
  it("hands back the committed events (id = row id, ts = createdAt) without sending them", async () => {
    const { result, events, handedToSweep } = await collectEvents(async () => {
      await completeTournament("collected-1");
      await completeTournament("collected-2");
      return "done";
    });
    expect(result).toBe("done");
    expect(handedToSweep).toBe(0);
    const rows = await db.outboxEvent.findMany({
      where: { id: { in: events.map((event) => event.id) } },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toEqual(
      rows.map((row) => ({ id: row.id, name: row.name, data: row.data, ts: row.createdAt.getTime() })),
    );
    expect(rows.every((row) => row.sentAt === null)).toBe(true);
    expect(sentEvents().filter((event) => events.some((collected) => collected.id === event.id))).toEqual([]);
  });

  it("gives the events of a step that failed after committing them to the next sweep", async () => {
    await expect(
      collectEvents(async () => {
        await completeTournament("committed-then-crashed");
        throw new Error("crash after commit");
      }),
    ).rejects.toThrow("crash after commit");
    expect(await relayOutbox(new Date())).toMatchObject({ sent: 1 });
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({ name: "tournament/completed", data: { tournamentId: "committed-then-crashed" } }),
    );
  });

  it("returns events up to the byte budget and leaves the rest due for the next sweep", async () => {
    const { events, handedToSweep } = await collectEvents(
      async () => {
        for (let index = 0; index < 5; index++) await completeTournament(`budget-${index}`);
      },
      { maxBytes: 300 },
    );
    expect(events.length).toBeGreaterThan(0);
    expect(events.length + handedToSweep).toBe(5);
    const relayed = await relayOutbox(new Date());
    expect(relayed.sent).toBe(handedToSweep);
  });
});
