// Quality bar: "100,000 recipients end to end with bounded memory per step and every event under
// 256 KiB" and "Email: at most 10 provider calls per 1,000 emails (batch API), 0 rate-limit
// rejections under the throttle." Seeds 100,000 users (scripts/bench/lib/seed-users.ts; user 1 is
// the admin), creates an announcement to everyone with createAnnouncement, then plays Inngest with
// the shared driver (test-support/drive-inngest.ts: the real functions, step.sendEvent followed,
// `throttle`, retries and onFailure honoured, one run at a time) on its `announcement/created`:
// send-announcement fans out, notify writes the rows and plans the batches, send-email-batch calls
// the Resend stand-in (rate limit = RESEND_REQUESTS_PER_SECOND = the context's rate),
// post-to-discord the Discord stand-in's platform webhook. Batches planned but never requested are
// then requested the way a sweep would (one more drive), so every email's fate is measured; the
// invariant on them still fails. Stages are told apart by the SQL they send; memory is the whole
// process, sampled, with the stand-ins' copies of bodies dropped as the run goes.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TBench, TBenchCheck } from "./lib/types";
import { briefPlan, explainAnalyze } from "./lib/explain";
import { formatCount, formatMs, measure } from "./lib/measure";
import { measureLiveHeap, sampleMemory } from "./lib/sample-memory";
import { benchUserId, describeUserMix, readUserMix, seedUsers } from "./lib/seed-users";
import type { TStatement, TSqlCounter } from "./lib/sql-counter";
import { resendRecordCompactor } from "./lib/stand-in-records";
import { slowestKinds } from "./lib/statement-kinds";

const USERS = 100_000;
/** Resend's default rate, for the time the same calls would take there. */
const RESEND_DEFAULT_REQUESTS_PER_SECOND = 2;
const MiB = 1024 * 1024;
const isPlanLock = (statement: TStatement) => /FOR UPDATE OF d\s*$/.test(statement.text);

const announcementFanOut: TBench = {
  name: "announcement-fan-out",
  title: `Announcement to ${formatCount(USERS)} users end to end — fan-out, notify, email batches and the Discord post on the stand-ins`,
  async run({ db, sql, log, databaseUrl, resend, discord, discordWebhookUrl, resendRequestsPerSecond }) {
    const [
      { createAnnouncement },
      { driveInngest },
      { sendAnnouncementFunction },
      { notifyFunction },
      { sendEmailBatchFunction, EMAIL_THROTTLE },
      { postToDiscordFunction },
      limits,
      { emailBatchEventsFor },
    ] = await Promise.all([
      import("@/lib/notifications/announcements/create-announcement"),
      import("@/test-support/drive-inngest"),
      import("@/inngest/functions/send-announcement"),
      import("@/inngest/functions/notify"),
      import("@/inngest/functions/send-email-batch"),
      import("@/inngest/functions/post-to-discord"),
      import("@/lib/outbox/inngest-limits"),
      import("@/lib/notifications/email/plan-email-batches"),
    ]);
    const functions = [sendAnnouncementFunction, notifyFunction, sendEmailBatchFunction, postToDiscordFunction];

    log(`seeding ${formatCount(USERS)} users and their preferences`);
    const seeded = await measure(sql, () => seedUsers(db, USERS));
    const admin = { id: benchUserId(1, USERS), role: "ADMIN" } as const;
    await db.user.update({ where: { id: admin.id }, data: { role: "ADMIN" } });
    const mix = await readUserMix(db);
    const expectedEmails = await expectedEmailRecipients(db);
    const created = await createAnnouncement(admin, {
      title: "Season 4 starts Monday: new map pool, bigger prize pool",
      body: "Registrations for the Season 4 open cups are live. Check the new map pool, the updated rules and the schedule, and register your team before Friday 18:00 UTC.",
      url: "/tournaments",
      audience: "ALL",
    });
    const outbox = await db.outboxEvent.findFirstOrThrow({
      where: { name: "announcement/created" },
      select: { id: true, name: true, data: true, sentAt: true },
    });

    log(
      `driving Inngest on announcement/created (${formatCount(created.recipientCount)} recipients; email at ${resendRequestsPerSecond} requests/s)`,
    );
    const records = resendRecordCompactor(resend);
    const memory = sampleMemory({ onSample: records.compact });
    sql.reset();
    const started = performance.now();
    const report = await driveInngest(functions, [
      { id: outbox.id, name: outbox.name, data: outbox.data as Record<string, unknown> },
    ]);
    const driveMs = performance.now() - started;
    const lateStatements = await settle(sql); // @inngest/test may still be running steps of finished runs
    const statements = [...sql.statements];
    const stranded = await db.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "EmailBatch" WHERE status = 'PENDING' ORDER BY id`;
    const plans = await explainDedupKeyQueries(
      databaseUrl,
      statements,
      `announcement:${created.announcementId}`,
      Array.from({ length: 1000 }, (_, i) => benchUserId(USERS - 999 + i, USERS)),
    );

    log(
      `${formatCount(stranded.length)} email batches were planned but not requested: requesting them as a sweep would`,
    );
    sql.reset();
    const sweepStarted = performance.now();
    const sweep = await driveInngest(functions, emailBatchEventsFor(stranded.map((batch) => batch.id)));
    const sweepMs = performance.now() - sweepStarted;
    const sweepStatements = [...sql.statements];
    sql.reset();
    const peak = memory.stop();
    records.compact();

    // Stages, by the SQL each sends: send-announcement ends recording sentAt; the first email batch run starts by reading its EmailBatch row.
    const fanOutEnd =
      statements.find((statement) => /^UPDATE "public"\."Announcement"/.test(statement.text))?.endedAt ?? started;
    const emailStart =
      statements.find(
        (statement) =>
          statement.startedAt > fanOutEnd && /^SELECT .* FROM "public"\."EmailBatch" WHERE/.test(statement.text),
      )?.startedAt ?? started + driveMs;
    const between = (from: number, to: number) =>
      statements.filter((statement) => statement.startedAt >= from && statement.startedAt < to);
    const runsOf = (fn: string, runs = report.runs) => runs.filter((run) => run.fn === fn).length;
    const stages = [
      {
        name: "fan-out",
        ms: fanOutEnd - started,
        statements: between(started, fanOutEnd),
        runs: runsOf("send-announcement"),
        fn: "send-announcement",
      },
      {
        name: "notify",
        ms: emailStart - fanOutEnd,
        statements: between(fanOutEnd, emailStart),
        runs: runsOf("notify"),
        fn: "notify",
      },
      {
        name: "email batches + Discord post",
        ms: started + driveMs - emailStart,
        statements: between(emailStart, started + driveMs),
        runs: runsOf("send-email-batch"),
        fn: "send-email-batch",
      },
      {
        name: "stranded batches (sweep)",
        ms: sweepMs,
        statements: sweepStatements,
        runs: runsOf("send-email-batch", sweep.runs),
        fn: "send-email-batch",
      },
    ];

    const allRuns = [...report.runs, ...sweep.runs];
    const allSent = [...report.sent, ...sweep.sent];
    const eventsByName = countBy(report.sent.map((sent) => sent.name));
    const distinctByName = countBy([
      ...new Map(report.sent.map((sent, index) => [sent.id ?? `#${index}`, sent.name])).values(),
    ]);
    const deliveries = await db.$queryRaw<{ channel: string; status: string; reason: string | null; n: number }[]>`
      SELECT channel::text, status::text, reason, count(*)::int AS n FROM "Delivery" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const [counts] = await db.$queryRaw<{ notifications: number; archived: number; batches: number }[]>`
      SELECT (SELECT count(*)::int FROM "Notification") AS notifications, (SELECT count(*)::int FROM "Notification" WHERE "archivedAt" IS NOT NULL) AS archived,
        (SELECT count(*)::int FROM "EmailBatch") AS batches`;

    const calls = resend.requests.filter((request) => request.method === "POST");
    const accepted = calls.filter((request) => request.status === 200).length;
    const rateLimited = resend.rateLimited();
    const delivered = resend.delivered.flatMap((email) => email.to);
    const deliveredOnce = new Set(delivered);
    const isEachOnce =
      delivered.length === expectedEmails.size &&
      deliveredOnce.size === expectedEmails.size &&
      [...expectedEmails].every((address) => deliveredOnce.has(address));
    const perThousand = delivered.length ? (calls.length * 1000) / delivered.length : Infinity;
    const platformPosts = discord.messages(discordWebhookUrl).length;
    const discordMessages = discord.messages().length;
    const spacingMs = periodMs(EMAIL_THROTTLE.period) / EMAIL_THROTTLE.limit;
    const defaultThrottle = throttleAt(RESEND_DEFAULT_REQUESTS_PER_SECOND);
    const defaultSpacingMs = periodMs(defaultThrottle.period) / defaultThrottle.limit;
    const emailMs = (stages[2]?.ms ?? 0) + (stages[3]?.ms ?? 0);
    const failedRuns = allRuns.filter((run) => run.status === "failed");
    const retriedRuns = allRuns.filter((run) => run.attempts > 1);
    const maxEventBytes = Math.max(report.maxEventBytes, sweep.maxEventBytes);
    const maxStepOutputBytes = Math.max(report.maxStepOutputBytes, sweep.maxStepOutputBytes);

    const checks: TBenchCheck[] = [
      invariant(
        "no run failed",
        failedRuns.length === 0,
        `${failedRuns.length} failed${failedRuns[0] ? ` (first: ${failedRuns[0].fn}: ${failedRuns[0].error})` : ""}; ${retriedRuns.length} retried`,
      ),
      invariant(
        "one in-app row per recipient",
        counts?.notifications === USERS,
        `${formatCount(counts?.notifications ?? 0)} Notification rows for ${formatCount(USERS)} users`,
      ),
      invariant(
        "every planned email batch is requested by notify",
        stranded.length === 0,
        `${formatCount(stranded.length)} of ${formatCount(counts?.batches ?? 0)} batches had no email/batch.ready after the drive (plan-email-batches ran ${formatCount(statements.filter(isPlanLock).length)} times in ${formatCount(runsOf("notify"))} notify runs)`,
      ),
      invariant(
        "every email recipient gets the announcement exactly once",
        isEachOnce,
        `${formatCount(delivered.length)} emails to ${formatCount(deliveredOnce.size)} addresses (sweep included); ${formatCount(expectedEmails.size)} users have a verified address and email on`,
      ),
      invariant(
        "0 rate-limit rejections under the throttle",
        rateLimited === 0,
        `${rateLimited} × 429 of ${formatCount(calls.length)} calls at ${resendRequestsPerSecond}/s`,
      ),
      {
        kind: "target",
        label: "at most 10 provider calls per 1,000 emails",
        isPass: perThousand <= 10,
        detail: `${formatCount(calls.length)} calls for ${formatCount(delivered.length)} emails = ${perThousand.toFixed(2)} per 1,000`,
      },
      invariant(
        "one Discord post per webhook",
        platformPosts === 1 && discordMessages === 1,
        `${platformPosts} on the platform webhook, ${discordMessages} in all`,
      ),
      invariant(
        `every event under ${limits.INNGEST_MAX_EVENT_BYTES / 1024} KiB`,
        maxEventBytes <= limits.INNGEST_MAX_EVENT_BYTES,
        `largest ${formatBytes(maxEventBytes)}`,
      ),
      invariant(
        `every step output under ${limits.INNGEST_MAX_STEP_OUTPUT_BYTES / MiB} MB`,
        maxStepOutputBytes <= limits.INNGEST_MAX_STEP_OUTPUT_BYTES,
        `largest ${formatBytes(maxStepOutputBytes)}`,
      ),
    ];

    const rows: [string, string][] = [
      ["data", `${describeUserMix(mix)} (seeded in ${formatMs(seeded.ms)}); user 1 is the admin`],
      [
        "announcement",
        `createAnnouncement: ${formatCount(created.recipientCount)} recipients; announcement/created ${outbox.sentAt ? "sent to the Inngest stand-in" : "NOT sent"}, driven from its outbox row`,
      ],
      [
        "in-app rows",
        `${formatCount(counts?.notifications ?? 0)} Notification rows (${formatCount(counts?.archived ?? 0)} archived: in-app off)`,
      ],
      [
        "Delivery rows",
        deliveries
          .map((row) => `${row.channel} ${row.status}${row.reason ? ` (${row.reason})` : ""} ${formatCount(row.n)}`)
          .join(" · "),
      ],
      [
        "runs",
        `${Object.entries(countBy(allRuns.map((run) => run.fn)))
          .map(([fn, n]) => `${fn} ${formatCount(n)}`)
          .join(" · ")} · ${retriedRuns.length} retried, ${failedRuns.length} failed (sweep included)`,
      ],
      [
        "events emitted (step.sendEvent)",
        Object.entries(eventsByName)
          .map(
            ([name, n]) =>
              `${name} ${formatCount(n)}${distinctByName[name] !== n ? ` (${formatCount(distinctByName[name] ?? 0)} distinct ids)` : ""}`,
          )
          .join(" · "),
      ],
      [
        "largest event / step output",
        `${formatBytes(maxEventBytes)} / ${formatBytes(maxStepOutputBytes)} (${formatCount(allSent.length)} events sent in all)`,
      ],
      [
        "provider calls (Resend batch)",
        `${formatCount(calls.length)} (${formatCount(accepted)} accepted, ${rateLimited} × 429) for ${formatCount(delivered.length)} emails: ${perThousand.toFixed(2)} per 1,000 · ${formatCount(counts?.batches ?? 0)} EmailBatch rows`,
      ],
      [
        "emails delivered",
        `${formatCount(delivered.length)} to ${formatCount(deliveredOnce.size)} distinct addresses (expected ${formatCount(expectedEmails.size)}); ${formatCount(stranded.length)} batches only by the sweep`,
      ],
      [
        "Discord",
        `${platformPosts} post on the platform webhook (${discordMessages} messages in all, ${discord.requests.length} requests)`,
      ],
      [
        "total",
        `${formatMs(driveMs + sweepMs)} (drive ${formatMs(driveMs)} + sweep ${formatMs(sweepMs)}) · ${formatCount(allRuns.length)} runs · ${formatCount(statements.length + sweepStatements.length)} SQL statements`,
      ],
      ...stages.map((stage): [string, string] => [
        `  ${stage.name}`,
        `${formatMs(stage.ms)} · ${formatCount(stage.runs)} ${stage.fn} runs (${formatMs(stage.ms / Math.max(1, stage.runs))} a run) · ${formatCount(stage.statements.length)} statements, ${formatMs(sumMs(stage.statements))} summed (parallel steps overlap)`,
      ]),
      [
        "  after the drive returned",
        `${formatCount(lateStatements)} statements still came (steps of finished runs: @inngest/test can keep executing a run's parallel chains); waited for quiet`,
      ],
      ["slowest statements of the drive (by total time)", ""],
      ...slowestKinds(statements, 6),
      ...plans,
      [
        `email at ${resendRequestsPerSecond}/s`,
        `throttle ${EMAIL_THROTTLE.limit} per ${EMAIL_THROTTLE.period} (a start every ${formatMs(spacingMs)}): ${formatCount(accepted)} calls took ${formatMs(emailMs)} (${formatMs(emailMs / Math.max(1, accepted))} a call; the throttle alone needs ${formatMs(Math.max(0, accepted - 1) * spacingMs)})`,
      ],
      [
        `the same calls at Resend's default ${RESEND_DEFAULT_REQUESTS_PER_SECOND}/s`,
        `throttle ${defaultThrottle.limit} per ${defaultThrottle.period} (a start every ${formatMs(defaultSpacingMs)}): at least ${formatMs(Math.max(0, accepted - 1) * defaultSpacingMs)}`,
      ],
      [
        "peak memory (whole process)",
        `RSS ${formatBytes(peak.rss)}, heap in use ${formatBytes(peak.heapUsed)} (every 100 ms); live heap after a full GC ${formatBytes(peak.liveHeap)} (every 10 s; ${formatMs(peak.fullGcMs)} of GC in all). ` +
          `Before: RSS ${formatBytes(peak.startRss)}, live heap ${formatBytes(peak.startLiveHeap)}. The app's steps, the driver, the stand-ins and the pool together, not per step; ` +
          `${formatBytes(records.droppedBytes())} of request bodies and email HTML/text dropped from the Resend stand-in's records as they came`,
      ],
    ];
    const liveBy = (at: number) => peak.liveSeries.filter((sample) => sample.at <= at).at(-1)?.bytes ?? 0;
    const stageEnds = [fanOutEnd, emailStart, started + driveMs, sweepStarted + sweepMs];
    rows.push([
      "  live heap, last sample before each stage's end",
      stages.map((stage, index) => `${stage.name} ${formatBytes(liveBy(stageEnds[index] ?? 0))}`).join(" · "),
    ]);
    // How much of the live heap left at the end is the recorders' (the stand-ins' lists of requests and emails).
    const liveAtEnd = measureLiveHeap();
    resend.reset();
    discord.reset();
    rows.push([
      "  live heap at the end",
      `${formatBytes(liveAtEnd)}; ${formatBytes(measureLiveHeap())} once the stand-ins forget their requests and emails`,
    ]);
    return { rows, checks };
  },
};

export default announcementFanOut;

/** Who must get the email, from the seeded tables: a verified address, email not turned off, and email in the announcement channels (instant; the default is the digest). */
async function expectedEmailRecipients(db: PrismaClient): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ email: string }[]>`
    SELECT u.email::text AS email FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id
    WHERE u."emailVerified" IS NOT NULL AND u.email IS NOT NULL AND NOT coalesce(p."optOutEmail", false)
      AND coalesce(p.channels -> 'announcement' ? 'email', false)`;
  return new Set(rows.map((row) => row.email));
}

/** Waits until no statement has been sent for a second (at most 30 s); returns how many arrived meanwhile. */
async function settle(sql: TSqlCounter): Promise<number> {
  const before = sql.statements.length;
  for (let waited = 0, seen = -1; waited < 30_000 && seen !== sql.statements.length; waited += 1000) {
    seen = sql.statements.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return sql.statements.length - before;
}

/** EXPLAIN ANALYZE, after the drive, of the two notify queries that find a request's rows by dedup key: plan-email-batches' batch list and claim-discord-posts' mentions. */
async function explainDedupKeyQueries(
  databaseUrl: string,
  statements: TStatement[],
  dedupKey: string,
  lastChunk: string[],
): Promise<[string, string][]> {
  const queries = [
    {
      label: "plan-email-batches' batch list",
      pattern: /^\s*SELECT DISTINCT d\."emailBatchId"/,
      values: [lastChunk, dedupKey],
    },
    {
      label: "claim-discord-posts' mentions",
      pattern: /^\s*SELECT DISTINCT u\."discordUserId"/,
      values: [lastChunk, dedupKey, 100],
    },
  ];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows: [string, string][] = [];
    for (const query of queries) {
      const text = statements.find((statement) => query.pattern.test(statement.text))?.text;
      if (!text) continue;
      const plan = briefPlan(await explainAnalyze(client, { text, values: query.values }), 120).filter(
        (line) => !/^\s*Buffers:/.test(line),
      );
      rows.push(
        [`EXPLAIN ${query.label}`, "(the last chunk's values, after the drive)"],
        ...plan.map((line): [string, string] => ["", line]),
      );
    }
    return rows;
  } finally {
    await client.end();
  }
}

/** The email function's registered throttle at another Resend rate: its module evaluated in a child process with that RESEND_REQUESTS_PER_SECOND. */
function throttleAt(requestsPerSecond: number): { limit: number; period: string } {
  const script = `const { EMAIL_THROTTLE } = await import("@/inngest/functions/send-email-batch"); process.stdout.write(JSON.stringify(EMAIL_THROTTLE)); process.exit(0);`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, RESEND_REQUESTS_PER_SECOND: String(requestsPerSecond) },
    encoding: "utf8",
  });
  return JSON.parse(output) as { limit: number; period: string };
}

function periodMs(period: string): number {
  const match = /^(\d+)(ms|s|m|h)$/.exec(period);
  if (!match) throw new Error(`Unsupported throttle period ${period}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
}

const invariant = (label: string, isPass: boolean, detail: string): TBenchCheck => ({
  kind: "invariant",
  label,
  isPass,
  detail,
});
const sumMs = (statements: TStatement[]) => statements.reduce((total, statement) => total + statement.ms, 0);
const countBy = (values: string[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};
const formatBytes = (bytes: number) =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
