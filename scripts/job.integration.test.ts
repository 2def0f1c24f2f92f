// The CLI spawned as an operator runs it: `npm run job -- <job>` (tsx scripts/job.ts).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEDULED_JOBS } from "@/lib/automation/scheduled-jobs";
import { db } from "@/lib/db";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { SEED_TOURNAMENTS, seedDemoData } from "@/prisma/seed";

async function job(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)("node_modules/.bin/tsx", ["scripts/job.ts", ...args], {
      env: process.env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await seedDemoData(db, undefined, { withLeague: false });
});

describe("npm run job", () => {
  it("--help lists every job and its options", async () => {
    const { code, stdout } = await job("--help");
    expect(code).toBe(0);
    for (const name of [
      "recompute-rankings [--tournament-id ID]",
      "distribute-payouts <tournamentId>",
      "tournament-wrapup",
      "expire-invites",
      "expire-sponsors",
      "process-promotions",
      "process-sponsorships [--sponsors-only | --promotions-only]",
      "schedule-digests",
      "send-digests",
      "cleanup [--days 90]",
    ]) {
      expect(stdout).toContain(name);
    }
    // A command for every scheduled job, named as the job.
    const commands = stdout.split("\n").map((line) => /^ {2}([a-z-]+)/.exec(line)?.[1]);
    for (const name of Object.keys(SCHEDULED_JOBS)) expect(commands).toContain(name);
  });

  it("distribute-payouts pays once, then says already distributed", async () => {
    const tournament = await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.completed } });
    const first = await job("distribute-payouts", tournament.id);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("✔ distribute-payouts");
    expect(first.stdout).toMatch(/status: success/);
    expect(first.stdout).toMatch(/amount: 1000/);
    // In process, like a request: the follow-up events went to Inngest right after commit.
    expect(sentEvents().map((event) => event.id)).toContain(`payout-received:payout:${tournament.id}:1`);
    expect(await db.outboxEvent.count({ where: { sentAt: null } })).toBe(0);

    const second = await job("distribute-payouts", tournament.id, "--json");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ status: "SUCCEEDED", result: { status: "already_distributed" } });
    expect(await db.coinTransaction.count()).toBe(3);
    expect(await db.automationRun.count({ where: { job: "distribute-payouts", trigger: "CLI" } })).toBe(2);
  }, 60_000);

  it("expire-invites and process-sponsorships run and print their counts", async () => {
    const invites = await job("expire-invites");
    expect(invites.code).toBe(0);
    expect(invites.stdout).toMatch(/expired count: 1/);

    const sponsorsOnly = await job("process-sponsorships", "--sponsors-only", "--json");
    expect(JSON.parse(sponsorsOnly.stdout)).toEqual({
      sponsors: expect.objectContaining({ status: "SUCCEEDED", result: { expiredCount: 1 } }),
    });
  }, 60_000);

  it("recompute-rankings accepts --tournament-id", async () => {
    const tournament = await db.tournament.findUniqueOrThrow({ where: { slug: SEED_TOURNAMENTS.completed } });
    const { code, stdout } = await job("recompute-rankings", "--tournament-id", tournament.id, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: "SUCCEEDED", result: { status: "success" } });
  }, 60_000);

  it("cleanup deletes old read notifications and honours --days", async () => {
    const user = await db.user.findFirstOrThrow();
    await db.notification.create({
      data: {
        userId: user.id,
        type: "system",
        title: "old",
        body: "",
        dedupKey: "cli-old",
        readAt: new Date(),
        createdAt: new Date(Date.now() - 40 * 86_400_000),
      },
    });
    const kept = await job("cleanup", "--json");
    expect(JSON.parse(kept.stdout)).toMatchObject({ status: "SUCCEEDED", result: { deletedCount: 0, days: 90 } });
    const { code, stdout } = await job("cleanup", "--days", "30");
    expect(code).toBe(0);
    expect(stdout).toMatch(/deleted count: 1/);
    expect((await job("cleanup", "--days", "zero")).stderr).toContain("--days must be a whole number");
  }, 60_000);

  it("send-digests sends the digests due now and reports the counts", async () => {
    const { code, stdout } = await job("send-digests", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      status: "SUCCEEDED",
      result: { dueCount: expect.any(Number), prepared: expect.any(Number), emailBatches: expect.any(Number) },
    });
  }, 60_000);

  it("exits non-zero with a clear message on a mistake", async () => {
    const unknown = await job("make-coffee");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown job "make-coffee"');

    const missingId = await job("distribute-payouts");
    expect(missingId.code).toBe(1);
    expect(missingId.stderr).toContain("distribute-payouts needs the tournament id");

    const notFound = await job("distribute-payouts", "no-such-tournament");
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain("Tournament no-such-tournament does not exist.");
  }, 60_000);
});
