import { describe, expect, it } from "vitest";
import { describeJobRun } from "./describe-job-run";

describe("describeJobRun", () => {
  it("never calls a queued run done: amber, with the events still waiting for Inngest", () => {
    expect(describeJobRun("expire-invites", { state: "queued", pendingEvents: 7 })).toEqual({
      ok: true,
      isPending: true,
      message: "Queued expire-invites — not run yet: 7 events wait for Inngest (see Outbox).",
    });
    expect(describeJobRun("expire-invites", { state: "queued", pendingEvents: 0 })).toMatchObject({ isPending: true });
    expect(describeJobRun("cleanup", { state: "running", startedAt: "2026-12-04T03:00:00Z" })).toMatchObject({
      isPending: true,
      message: "cleanup is running…",
    });
  });

  it("turns green with the run's counts once it reports, and red when it failed", () => {
    expect(
      describeJobRun("expire-invites", { state: "finished", status: "SUCCEEDED", summary: "expired 3", error: null }),
    ).toEqual({ ok: true, isPending: false, message: "expire-invites ran: expired 3" });
    expect(
      describeJobRun("cleanup", { state: "finished", status: "FAILED", summary: "—", error: "connection refused" }),
    ).toEqual({ ok: false, error: "cleanup failed: connection refused" });
  });
});
