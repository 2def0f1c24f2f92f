// Email through Resend's batch endpoint, throttled by Inngest: against a Resend stand-in that
// enforces the real contract (100 per batch call, 2 requests/s per key with 429 + retry-after,
// idempotency keys), on the real database, with the real send-email-batch function.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startResendStandIn, type TResendStandIn } from "@/test-support/resend-stand-in";

let resend: TResendStandIn;
let app: Awaited<ReturnType<typeof loadApp>>;

async function loadApp(requestsPerSecond: number) {
  vi.resetModules();
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("RESEND_BASE_URL", resend.url);
  vi.stubEnv("RESEND_REQUESTS_PER_SECOND", String(requestsPerSecond));
  const [{ db }, create, plan, fn, drive] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/notify/create-notifications"),
    import("./plan-email-batches"),
    import("@/inngest/functions/send-email-batch"),
    import("@/test-support/drive-inngest"),
  ]);
  return { db, ...create, ...plan, ...fn, ...drive };
}

beforeAll(async () => {
  resend = await startResendStandIn();
  app = await loadApp(2);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await resend.close();
});
beforeEach(async () => {
  resend.reset();
  resend.configure({ requestsPerSecond: 2, latencyMs: 0 });
  await app.db.$executeRaw`TRUNCATE "User", "EmailBatch" CASCADE`;
});

/** `count` users with verified addresses (one statement), their ids in order. */
async function someUsers(count: number, prefix = "user"): Promise<string[]> {
  const rows = await app.db.$queryRaw<{ id: string }[]>`
    INSERT INTO "User" (id, email, "emailVerified", name, "createdAt", "updatedAt")
    SELECT ${prefix} || '-' || lpad(i::text, 6, '0'), ${prefix} || i || '@batch.test', now(), 'Player ' || i, now(), now() FROM generate_series(1, ${count}::int) i
    RETURNING id`;
  return rows.map((row) => row.id).sort();
}

const request = (recipientIds: string[], dedupKey = "announcement:a1") => ({
  type: "match_result" as const, // emailed at once by default
  recipientIds,
  title: "Finals tonight",
  body: "The grand final starts at 20:00.",
  url: "/tournaments/crown-cup",
  dedupKey,
  teamId: null,
  data: null,
});

/** What notify does for email: rows, then fixed batches. Returns the batch events. */
async function planned(recipientIds: string[], dedupKey?: string) {
  await app.createNotifications(request(recipientIds, dedupKey));
  return app.planEmailBatches(request(recipientIds, dedupKey));
}

const emailStatuses = () =>
  app.db.$queryRaw<
    { status: string; count: number }[]
  >`SELECT status::text, count(*)::int FROM "Delivery" WHERE channel = 'EMAIL' GROUP BY 1 ORDER BY 1`;

describe("email batches", () => {
  it("fixes each batch's members before sending: at most 100 per batch, each delivery in exactly one, the same events when planned again", async () => {
    const users = await someUsers(250);
    const events = await planned(users);
    expect(events).toHaveLength(3);
    const sizes = await app.db.emailBatch.findMany({ orderBy: { size: "desc" }, select: { size: true } });
    expect(sizes.map((batch) => batch.size)).toEqual([100, 100, 50]);
    expect(await app.db.delivery.count({ where: { channel: "EMAIL", emailBatchId: null } })).toBe(0);
    expect((await app.planEmailBatches(request(users))).map((event) => event.id)).toEqual(
      events.map((event) => event.id),
    );
    expect(events.every((event) => event.id === `email-batch:${event.data.batchId}`)).toBe(true);
  });

  it("sends 10,000 recipients in at most 110 provider calls, every delivery SENT exactly once, none refused under the throttle", async () => {
    // The throttle and the stand-in's limit are the same number, raised so the test takes seconds.
    resend.configure({ requestsPerSecond: 25 });
    app = await loadApp(25);
    const users = await someUsers(10_000);
    const events = [];
    for (let start = 0; start < users.length; start += 1_000)
      events.push(...(await planned(users.slice(start, start + 1_000))));

    const report = await app.driveInngest([app.sendEmailBatchFunction], events);

    expect(resend.requests.length).toBeLessThanOrEqual(110);
    expect(resend.rateLimited()).toBe(0);
    expect(
      resend.requests.every(
        (call) => call.path === "/emails/batch" && Array.isArray(call.json) && call.json.length <= 100,
      ),
    ).toBe(true);
    expect(resend.delivered).toHaveLength(10_000);
    expect(new Set(resend.delivered.flatMap((email) => email.to)).size).toBe(10_000);
    expect(await emailStatuses()).toEqual([{ status: "SENT", count: 10_000 }]);
    expect(report.runs.every((run) => run.status === "completed" && run.attempts === 1)).toBe(true);
    app = await loadApp(2);
  }, 120_000);

  it("queues batches behind Resend's default 2 calls a second: none refused", async () => {
    const events = await planned(await someUsers(500));
    await app.driveInngest([app.sendEmailBatchFunction], events);
    expect(resend.requests).toHaveLength(5);
    expect(resend.rateLimited()).toBe(0);
    expect(await emailStatuses()).toEqual([{ status: "SENT", count: 500 }]);
  });

  it("without the throttle Resend answers 429: the run retries after retry-after and sends each email once", async () => {
    const users = await someUsers(8);
    const events = [];
    for (let index = 0; index < users.length; index += 2)
      events.push(...(await planned(users.slice(index, index + 2), `announcement:a${index}`)));
    const report = await app.driveInngest([app.sendEmailBatchFunction], events, { throttle: false });
    expect(resend.rateLimited()).toBeGreaterThan(0);
    expect(report.runs.some((run) => run.attempts > 1)).toBe(true);
    expect(resend.delivered).toHaveLength(8);
    expect(await emailStatuses()).toEqual([{ status: "SENT", count: 8 }]);
  });

  it("retries 409 concurrent_idempotent_requests and 5xx, and sends once", async () => {
    const events = await planned(await someUsers(10));
    resend.failNext(
      { status: 409, body: { statusCode: 409, name: "concurrent_idempotent_requests", message: "still in progress" } },
      { status: 503, body: { statusCode: 503, name: "application_error", message: "unavailable" } },
    );
    const [run] = (await app.driveInngest([app.sendEmailBatchFunction], events)).runs;
    expect(run).toMatchObject({ status: "completed", attempts: 3 });
    expect(resend.delivered).toHaveLength(10);
    expect(await emailStatuses()).toEqual([{ status: "SENT", count: 10 }]);
  });

  it("a call whose answer was lost is sent again under the same key: Resend replays it, nobody gets it twice", async () => {
    const [event] = await planned(await someUsers(3));
    // Recording fails once, after the provider accepted the call (a real failure in PostgreSQL).
    // (A sequence, because it is the one thing a failed transaction does not roll back.)
    await app.db.$executeRawUnsafe(`CREATE SEQUENCE fail_once_seq`);
    await app.db.$executeRawUnsafe(`
      CREATE FUNCTION fail_once() RETURNS trigger AS $$ BEGIN
        IF nextval('fail_once_seq') = 1 THEN RAISE EXCEPTION 'commit lost'; END IF;
        RETURN NEW; END $$ LANGUAGE plpgsql`);
    await app.db.$executeRawUnsafe(
      `CREATE TRIGGER fail_once BEFORE UPDATE OF status ON "EmailBatch" FOR EACH ROW WHEN (NEW.status = 'SENT') EXECUTE FUNCTION fail_once()`,
    );
    try {
      const [run] = (await app.driveInngest([app.sendEmailBatchFunction], event ? [event] : [])).runs;
      expect(run).toMatchObject({ status: "completed", attempts: 2 });
    } finally {
      await app.db.$executeRawUnsafe(
        `DROP TRIGGER fail_once ON "EmailBatch"; DROP FUNCTION fail_once(); DROP SEQUENCE fail_once_seq`,
      );
    }
    expect(resend.requests.filter((call) => call.status === 200)).toHaveLength(2);
    expect(new Set(resend.requests.map((call) => call.headers["idempotency-key"]))).toEqual(
      new Set([`email-batch-${event?.data.batchId}`]),
    );
    expect(resend.delivered).toHaveLength(3);
    expect(await emailStatuses()).toEqual([{ status: "SENT", count: 3 }]);
  });

  it("records an address Resend refuses as FAILED with its reason, and sends the rest of the batch", async () => {
    const users = await someUsers(5);
    await app.db.user.update({ where: { id: users[2] }, data: { email: "not-an-address" } });
    await app.driveInngest([app.sendEmailBatchFunction], await planned(users));
    expect(resend.delivered).toHaveLength(4);
    const failed = await app.db.delivery.findMany({
      where: { status: "FAILED" },
      select: { reason: true, notification: { select: { userId: true } } },
    });
    expect(failed).toEqual([
      {
        reason: expect.stringContaining("Resend refused the email: Invalid `to` field."),
        notification: { userId: users[2] },
      },
    ]);
  });

  it("ends a whole-call validation error at once and leaves nothing PENDING", async () => {
    const events = await planned(await someUsers(3));
    resend.failNext({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "The `from` domain is not verified." },
    });
    const report = await app.driveInngest([app.sendEmailBatchFunction], events);
    expect(report.runs.map((run) => [run.fn, run.status, run.attempts])).toEqual([
      ["send-email-batch", "failed", 1],
      ["send-email-batch-failure", "completed", 1],
    ]);
    expect(await emailStatuses()).toEqual([{ status: "FAILED", count: 3 }]);
    expect(await app.db.delivery.findFirst({ select: { reason: true } })).toEqual({
      reason: expect.stringContaining("The `from` domain is not verified."),
    });
    expect(await app.db.emailBatch.findFirst({ select: { status: true } })).toEqual({ status: "FAILED" });
  });

  it("gives up after its retries when Resend stays down: FAILED with the reason, never PENDING for ever", async () => {
    const events = await planned(await someUsers(2));
    for (let attempt = 0; attempt <= app.EMAIL_BATCH_RETRIES; attempt++)
      resend.failNext({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "down" } });
    const report = await app.driveInngest([app.sendEmailBatchFunction], events);
    expect(report.runs[0]).toMatchObject({ status: "failed", attempts: app.EMAIL_BATCH_RETRIES + 1 });
    expect(await emailStatuses()).toEqual([{ status: "FAILED", count: 2 }]);
    expect(resend.delivered).toHaveLength(0);
  });

  it("registers a throttle just under the provider's configured rate", () => {
    expect(app.sendEmailBatchFunction.opts.throttle).toEqual({ limit: 16, period: "10s", burst: 1 });
  });
});
