// Vercel Cron → /api/cron/<job>: only with the cron secret; emits the job's event once per period.
import { afterEach, describe, expect, it, vi } from "vitest";
import { sentEvents } from "@/test-support/inngest-stand-in";

const SECRET = "cron-secret-for-tests-0123456789";

async function callCron(job: string, authorization?: string) {
  vi.resetModules();
  vi.stubEnv("CRON_SECRET", SECRET);
  const { GET } = await import("./route");
  const request = new Request(`http://localhost/api/cron/${job}`, { headers: authorization ? { authorization } : {} });
  return GET(request, { params: Promise.resolve({ job }) });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("/api/cron/<job>", () => {
  it.each([
    ["no Authorization header", undefined],
    ["a wrong secret", "Bearer not-the-secret"],
    ["the secret without Bearer", SECRET],
  ])("answers 401 with %s and queues nothing", async (_case, authorization) => {
    const before = sentEvents().length;
    const response = await callCron("expire-invites", authorization);
    expect(response.status).toBe(401);
    expect(sentEvents()).toHaveLength(before);
  });

  it("queues the job's event, once per period however often Vercel calls", async () => {
    const first = await callCron("expire-invites", `Bearer ${SECRET}`);
    expect(first.status).toBe(202);
    const body = await first.json();
    expect(body).toMatchObject({
      queued: true,
      job: "expire-invites",
      eventId: expect.stringMatching(/^cron:expire-invites:\d{4}-\d{2}-\d{2}T\d{2}$/),
    });

    const second = await callCron("expire-invites", `Bearer ${SECRET}`);
    expect(second.status).toBe(202);
    const queued = sentEvents().filter((event) => event.id === body.eventId);
    expect(queued).toEqual([
      expect.objectContaining({ name: "jobs/expire-invites.requested", data: { trigger: "CRON" } }),
    ]);
  });

  it("asks for a rankings recompute of all teams", async () => {
    const response = await callCron("recompute-rankings", `Bearer ${SECRET}`);
    const { eventId } = await response.json();
    expect(sentEvents()).toContainEqual(
      expect.objectContaining({
        id: eventId,
        name: "rankings/recompute.requested",
        data: { tournamentId: null, trigger: "CRON" },
      }),
    );
  });

  it("sweeps the outbox itself", async () => {
    const { db } = await import("@/lib/db");
    await db.outboxEvent.create({
      data: {
        id: "cron-stuck",
        name: "tournament/completed",
        data: { tournamentId: "x" },
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    const response = await callCron("outbox", `Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ sent: 1, pending: 0 });
  });

  it("answers 404 for an unknown job", async () => {
    expect((await callCron("make-coffee", `Bearer ${SECRET}`)).status).toBe(404);
  });
});
