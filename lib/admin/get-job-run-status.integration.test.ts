// "Run now" is followed until its own run reports: queued until then (an earlier run of the same
// job does not count), then the run's status and counts.
import { beforeEach, describe, expect, it } from "vitest";
import { expireInvitesRequested } from "@/inngest/events";
import { expireInvitesFunction } from "@/inngest/functions/expire-invites";
import { db } from "@/lib/db";
import { ADMIN, player, resetDemoData } from "@/test-support/domain-test-kit";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { getJobRunStatus } from "./get-job-run-status";
import { requestJob } from "./request-job";

beforeEach(async () => {
  await resetDemoData();
});

describe("following a manual run", () => {
  it("is queued until the run it asked for reports, then shows that run's counts", async () => {
    // An earlier manual run of the same job, finished an hour ago, is not this request's run.
    await db.automationRun.create({
      data: {
        job: "expire-invites",
        trigger: "MANUAL",
        status: "SUCCEEDED",
        startedAt: new Date(Date.now() - 3_600_000),
        result: { expiredCount: 99 },
      },
    });
    const { requestedAt } = await requestJob(ADMIN, { job: "expire-invites" });
    expect(await getJobRunStatus(ADMIN, { job: "expire-invites", since: requestedAt })).toEqual({
      state: "queued",
      pendingEvents: 0,
    });

    const event = sentEvents().findLast((sent) => sent.name === expireInvitesRequested.name);
    const { error } = await runInngestFunction(expireInvitesFunction, {
      id: event?.id ?? "",
      name: event?.name ?? "",
      data: event?.data ?? {},
    });
    expect(error).toBeUndefined();
    const status = await getJobRunStatus(ADMIN, { job: "expire-invites", since: requestedAt });
    expect(status).toMatchObject({ state: "finished", status: "SUCCEEDED", error: null });
    expect(status.state === "finished" && status.summary).toMatch(/^expired \d+$/);
    expect(status.state === "finished" && status.summary).not.toBe("expired 99");
  });

  it("is for admins only and checks its input", async () => {
    const since = new Date().toISOString();
    await expect(getJobRunStatus(player("alex"), { job: "expire-invites", since })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getJobRunStatus(ADMIN, { job: "no-such-job", since })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
