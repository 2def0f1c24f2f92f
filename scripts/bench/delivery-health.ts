// Issue bar: the admin's delivery health must read from indexes at 1,000,000 Delivery rows. Seeds
// 500,000 notifications over 30 days with two deliveries each (email and Discord, every status,
// real reasons) the way pg_restore loads (lib/bulk-load.ts), then VACUUM ANALYZE; times
// getDeliveryHealth (the Deliveries card: per hour, per type, channel and status for 24 h and 7 days,
// in-app per type, the commonest reasons, the latest failures), then EXPLAINs every statement it
// sends: none may read Delivery or Notification with a Seq Scan.
import pg from "pg";
import type { TBench, TBenchContext } from "./lib/types";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { summarizeStatement } from "./lib/sql-counter";
import { withoutIndexes } from "./lib/bulk-load";
import { briefPlan, captureQueries, describeScans, explainAnalyze, isExplainable, scansOf } from "./lib/explain";

const NOTIFICATIONS = 500_000;
const DAYS = 30;
const RUNS = 5;
const NOW = new Date("2026-03-10T12:00:00Z");

const deliveryHealth: TBench = {
  name: "delivery-health",
  title: `Delivery health — ${formatCount(NOTIFICATIONS * 2)} deliveries over ${DAYS} days`,
  async run(context) {
    const { db, sql, log } = context;
    const { getDeliveryHealth } = await import("@/lib/admin/get-delivery-health");
    log(`seeding ${formatCount(NOTIFICATIONS)} notifications with 2 deliveries each, then VACUUM ANALYZE`);
    const seeded = await measure(sql, () => seed(context));
    const work = () => getDeliveryHealth(NOW);

    await work(); // warm-up
    const runs: TMeasurement<Awaited<ReturnType<typeof work>>>[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(sql, work));

    log("EXPLAIN (ANALYZE, BUFFERS) of every statement getDeliveryHealth sends");
    const client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    const plans: { statement: string; lines: string[] }[] = [];
    try {
      const { queries } = await captureQueries(work);
      for (const query of queries.filter(isExplainable))
        plans.push({ statement: query.text, lines: await explainAnalyze(client, query) });
    } finally {
      await client.end();
    }

    const health = runs[0]?.value;
    const weekTotal = (health?.channels ?? []).reduce(
      (sum, channel) => sum + Object.values(channel.counts).reduce((a, b) => a + b, 0),
      0,
    );
    const [truth] = await db.$queryRaw<{ week: number }[]>`
      SELECT count(*)::int AS week FROM "Delivery" WHERE "createdAt" >= ${new Date(NOW.getTime() - 7 * 86_400_000)}`;
    const times = runs.map((run) => run.ms);
    const rows: [string, string][] = [
      [
        "data",
        `${formatCount(NOTIFICATIONS)} notifications, ${formatCount(NOTIFICATIONS * 2)} deliveries over ${DAYS} days (seeded in ${formatMs(seeded.ms)}); ${formatCount(truth?.week ?? 0)} in the last 7 days`,
      ],
      [
        `getDeliveryHealth ×${RUNS}`,
        `median ${formatMs(median(times))} (${times.map((ms) => ms.toFixed(0)).join(" / ")}) · ${runs[0]?.statements.length ?? 0} statements`,
      ],
    ];
    const tables = ["Delivery", "Notification"] as const;
    const verdicts = plans.map((plan) => {
      const scans = tables.map((table) => scansOf(plan.lines, table, `${table}_`));
      rows.push([`  plan: ${summarizeStatement(plan.statement, 40)}`, ""]);
      for (const line of briefPlan(plan.lines)) rows.push(["", line]);
      return {
        isIndexed: scans.every((scan) => scan.seqScans.length === 0),
        detail: tables
          .map((table, index) =>
            scans[index]?.wanted.length || scans[index]?.seqScans.length
              ? `${table}: ${describeScans(scans[index], plan.lines)}`
              : "",
          )
          .filter(Boolean)
          .join("; "),
      };
    });
    return {
      rows,
      checks: [
        {
          kind: "invariant",
          label: "every delivery-health statement reads Delivery and Notification through an index, no Seq Scan",
          isPass: verdicts.length > 0 && verdicts.every((verdict) => verdict.isIndexed),
          detail: verdicts.map((verdict) => verdict.detail).join(" | "),
        },
        {
          kind: "invariant",
          label: "the 7-day counts add up to the table's",
          isPass: weekTotal === truth?.week,
          detail: `card ${formatCount(weekTotal)}, table ${formatCount(truth?.week ?? 0)}`,
        },
        {
          kind: "target",
          label: "the Deliveries card's data in under 1 s at 1,000,000 deliveries",
          isPass: median(times) < 1_000,
          detail: `median ${formatMs(median(times))}`,
        },
      ],
    };
  },
};

export default deliveryHealth;

/**
 * Notification i (spread over DAYS, all 14 types) has an email Delivery (mostly SENT or DELIVERED;
 * every 50th FAILED, 70th BOUNCED, 300th COMPLAINED, 20th SKIPPED, 200th PENDING) and a Discord one
 * (every 3rd SENT, every 40th FAILED, the rest SKIPPED: no linked account).
 */
async function seed({ db }: TBenchContext): Promise<void> {
  await db.$executeRaw`INSERT INTO "User" (id, email, "emailVerified", "updatedAt")
    SELECT 'bench-user-' || u, 'player-' || u || '@bench.test', now(), now() FROM generate_series(1, 2000) u`;
  await withoutIndexes(db, ["Notification", "Delivery"], async () => {
    await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "createdAt")
      SELECT 'bench-notification-' || i, 'bench-user-' || (1 + i % 2000), (enum_range(NULL::"NotificationType"))[1 + i % 14],
        'Notification ' || i, '', 'bench-' || i, ${NOW}::timestamp - (i::float / ${NOTIFICATIONS}::int) * ${DAYS}::int * interval '1 day'
      FROM generate_series(${NOTIFICATIONS}::int, 1, -1) i`;
    await db.$executeRaw`INSERT INTO "Delivery" (id, "notificationId", type, channel, status, reason, attempts, "createdAt", "updatedAt")
      SELECT 'bench-delivery-' || n.i || '-' || c.channel, 'bench-notification-' || n.i, n.type, c.channel::"DeliveryChannel", s.status::"DeliveryStatus",
        CASE s.status WHEN 'FAILED' THEN 'gave up: provider answered 500' WHEN 'BOUNCED' THEN 'bounced: mailbox does not exist'
          WHEN 'SKIPPED' THEN CASE c.channel WHEN 'EMAIL' THEN 'you turned off all email' ELSE 'no Discord account linked' END END,
        1, n.created, n.created
      FROM (SELECT i, (enum_range(NULL::"NotificationType"))[1 + i % 14] AS type, ${NOW}::timestamp - (i::float / ${NOTIFICATIONS}::int) * ${DAYS}::int * interval '1 day' AS created
            FROM generate_series(${NOTIFICATIONS}::int, 1, -1) i) n
      CROSS JOIN (VALUES ('EMAIL'), ('DISCORD')) AS c(channel)
      CROSS JOIN LATERAL (SELECT CASE
        WHEN c.channel = 'EMAIL' THEN CASE WHEN n.i % 50 = 0 THEN 'FAILED' WHEN n.i % 70 = 0 THEN 'BOUNCED' WHEN n.i % 300 = 0 THEN 'COMPLAINED'
          WHEN n.i % 20 = 0 THEN 'SKIPPED' WHEN n.i % 200 = 1 THEN 'PENDING' WHEN n.i % 2 = 0 THEN 'DELIVERED' ELSE 'SENT' END
        ELSE CASE WHEN n.i % 40 = 0 THEN 'FAILED' WHEN n.i % 3 = 0 THEN 'SENT' ELSE 'SKIPPED' END END AS status) s`;
  });
  await db.$executeRawUnsafe(`VACUUM ANALYZE "User", "Notification", "Delivery"`);
}
