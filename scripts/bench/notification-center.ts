// Quality bar: "Notification center with 1,000,000 rows in the table: unread count + first page
// from indexes." Seeds 1,000,000 notifications over 5,000 users (one of them with 2,000, spread
// through the table as a long-time user's are) and their deliveries with INSERT … SELECT
// generate_series (in createdAt order, indexes and foreign keys rebuilt after the load, as
// pg_restore does), then VACUUM ANALYZE (what autovacuum does after a bulk load). Times the bell's
// countUnread and the center's first page and a deep page (by cursor), then captures the exact SQL
// and bind values each sends (from the pg driver) and runs EXPLAIN (ANALYZE, BUFFERS) on them.
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { TBench, TBenchContext } from "./lib/types";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { summarizeStatement } from "./lib/sql-counter";
import { withoutIndexes } from "./lib/bulk-load";
import {
  briefPlan,
  captureQueries,
  describeScans,
  explainAnalyze,
  isExplainable,
  scansOf,
  type TCapturedQuery,
  type TTableScans,
} from "./lib/explain";

const NOTIFICATIONS = 1_000_000;
const USERS = 5_000;
/** Every 500th notification is the heavy user's: 2,000. */
const HEAVY_EVERY = 500;
const HEAVY_USER = "bench-user-0001";
/** The later page starts after this many of the heavy user's rows (newest first). */
const DEEP_OFFSET = 1_000;
const RUNS = 7;
const TICK = "2026-03-10 12:00:00";

type TCall = { label: string; work: () => Promise<unknown> };
type TPlan = { call: string; statement: string; lines: string[]; table: string | null };

const notificationCenter: TBench = {
  name: "notification-center",
  title: `Notification center — ${formatCount(NOTIFICATIONS)} notifications, ${formatCount(USERS)} users`,
  async run(context) {
    const { db, sql, log } = context;
    const { countUnread, listNotifications, encodeCursor } =
      await import("@/lib/notifications/inbox/list-notifications");

    log(
      `seeding ${formatCount(USERS)} users, ${formatCount(NOTIFICATIONS)} notifications and their deliveries, then VACUUM ANALYZE`,
    );
    const seeded = await measure(sql, () => seed(context, log));
    const [cursorRow] = await db.$queryRaw<{ createdAt: Date; id: string }[]>`
      SELECT "createdAt", id FROM "Notification" WHERE "userId" = ${HEAVY_USER} AND "archivedAt" IS NULL ORDER BY "createdAt" DESC, id DESC OFFSET ${DEEP_OFFSET - 1} LIMIT 1`;
    if (!cursorRow) throw new Error(`The heavy user has fewer than ${DEEP_OFFSET} notifications in the inbox.`);
    const cursor = encodeCursor(cursorRow);

    const calls: TCall[] = [
      { label: "countUnread (the bell)", work: () => countUnread(HEAVY_USER) },
      { label: "listNotifications, first page", work: () => listNotifications(HEAVY_USER) },
      {
        label: `listNotifications, page after ${formatCount(DEEP_OFFSET)} rows (cursor)`,
        work: () => listNotifications(HEAVY_USER, { cursor }),
      },
    ];
    log(
      `timing ${calls.length} calls ×${RUNS} for the user with ${formatCount(NOTIFICATIONS / HEAVY_EVERY)} notifications`,
    );
    const timings: TMeasurement<unknown>[][] = [];
    for (const call of calls) {
      await call.work(); // warm-up
      const runs: TMeasurement<unknown>[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measure(sql, call.work));
      timings.push(runs);
    }

    log("EXPLAIN (ANALYZE, BUFFERS) of the statements each call sends");
    const client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    const plans: TPlan[][] = [];
    try {
      for (const call of calls) {
        const { queries } = await captureQueries(call.work);
        const explained: TPlan[] = [];
        for (const query of queries.filter(isExplainable))
          explained.push({
            call: call.label,
            statement: query.text,
            lines: await explainAnalyze(client, query),
            table: mainTable(query),
          });
        plans.push(explained);
      }
    } finally {
      await client.end();
    }

    const [heavy] = await db.$queryRaw<{ total: number; inbox: number; unread: number; deliveries: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE "archivedAt" IS NULL)::int AS inbox, count(*) FILTER (WHERE "archivedAt" IS NULL AND "readAt" IS NULL)::int AS unread,
        (SELECT count(*)::int FROM "Delivery") AS deliveries
      FROM "Notification" WHERE "userId" = ${HEAVY_USER}`;
    const [unreadValue, firstPage] = [
      timings[0]?.[0]?.value,
      timings[1]?.[0]?.value as { items: unknown[]; nextCursor: string | null } | undefined,
    ];
    const deliveryPlans = plans.flat().filter((plan) => plan.table === "Delivery");
    const readsNotification = (plan: TPlan) => scansOf(plan.lines, "Notification", "Notification_userId_");
    const isUserScoped = (scans: TTableScans) =>
      scans.seqScans.length === 0 && scans.wanted.length > 0 && scans.others.length === 0;

    const rows: [string, string][] = [
      [
        "data",
        `${formatCount(NOTIFICATIONS)} notifications over ${formatCount(USERS)} users, ${formatCount(heavy?.deliveries ?? 0)} deliveries (seeded in ${formatMs(seeded.ms)}); ` +
          `${HEAVY_USER}: ${formatCount(heavy?.total ?? 0)} notifications, ${formatCount(heavy?.inbox ?? 0)} in the inbox, ${formatCount(heavy?.unread ?? 0)} unread`,
      ],
    ];
    calls.forEach((call, index) => {
      const runs = timings[index] ?? [];
      const times = runs.map((run) => run.ms);
      const statements = runs[0]?.statements ?? [];
      rows.push([
        `${call.label} ×${RUNS}`,
        `median ${formatMs(median(times))} (${times.map((ms) => ms.toFixed(1)).join(" / ")}) · ${statements.length} statement${statements.length === 1 ? "" : "s"}`,
      ]);
      for (const plan of plans[index] ?? []) {
        rows.push([`  plan: ${summarizeStatement(plan.statement, 40)}`, ""]);
        for (const line of briefPlan(plan.lines)) rows.push(["", line]);
      }
    });
    rows.push([
      "unread count / first page",
      `${String(unreadValue)} unread · ${firstPage?.items.length ?? 0} items, next cursor ${firstPage?.nextCursor ? "set" : "none"}`,
    ]);

    return {
      rows,
      checks: [
        ...calls.map((call, index) => {
          const callPlans = (plans[index] ?? []).filter((plan) => plan.table === "Notification");
          const scans = callPlans.map(readsNotification);
          return {
            kind: "invariant" as const,
            label: `${call.label}: Notification read through a userId index only, no Seq Scan`,
            isPass: scans.length > 0 && scans.every(isUserScoped),
            detail:
              callPlans.map((plan, planIndex) => describeScans(scans[planIndex], plan.lines)).join("; ") ||
              "no statement read Notification",
          };
        }),
        {
          kind: "invariant",
          label: "a page's deliveries read through an index, no Seq Scan",
          isPass:
            deliveryPlans.length > 0 &&
            deliveryPlans.every((plan) => isUserScoped(scansOf(plan.lines, "Delivery", "Delivery_"))),
          detail: [
            ...new Set(
              deliveryPlans.map((plan) => describeScans(scansOf(plan.lines, "Delivery", "Delivery_"), plan.lines)),
            ),
          ].join("; "),
        },
        {
          kind: "invariant",
          label: "the count and the page are right",
          isPass: unreadValue === heavy?.unread && firstPage?.items.length === 20 && firstPage.nextCursor !== null,
          detail: `countUnread ${String(unreadValue)} (table: ${heavy?.unread ?? "?"}), first page ${firstPage?.items.length ?? 0} items`,
        },
      ],
    };
  },
};

export default notificationCenter;

function mainTable(query: TCapturedQuery): string | null {
  return query.text.match(/\bFROM\s+(?:"public"\.)?"(\w+)"/i)?.[1] ?? null;
}

/**
 * Users bench-user-0001 … 5000; notification i belongs to bench-user-0001 when i is a multiple of
 * 500, else to a pseudo-random other user (about 200 each). Spread over 90 days; 70% read, 5%
 * archived, all 14 types. Every 4th has a sent email Delivery, every 8th a skipped Discord one too.
 */
async function seed({ db }: TBenchContext, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const since = () => formatMs(performance.now() - started);
  await db.$executeRaw`INSERT INTO "User" (id, email, "emailVerified", "updatedAt")
    SELECT 'bench-user-' || lpad(u::text, 4, '0'), 'player-' || u || '@bench.test', now(), now() FROM generate_series(1, ${USERS}::int) u`;
  // In createdAt order, as a real table fills; indexes and foreign keys built after the load.
  await withoutIndexes(db, ["Notification", "Delivery"], async () => {
    await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, url, "dedupKey", "readAt", "archivedAt", "createdAt")
      SELECT 'bench-notification-' || i,
        CASE WHEN i % ${HEAVY_EVERY}::int = 0 THEN ${HEAVY_USER} ELSE 'bench-user-' || lpad((2 + abs(hashtext('u' || i)) % (${USERS}::int - 1))::text, 4, '0') END,
        types[1 + i % array_length(types, 1)], 'Match result: Team ' || i % 977 || ' beat Team ' || i % 613, 'Final score 13–' || i % 12 || ' on the bench map pool.', '/matches/bench-' || i,
        'bench-event-' || i, CASE WHEN abs(hashtext('r' || i)) % 10 < 7 THEN created + interval '1 hour' END, CASE WHEN abs(hashtext('a' || i)) % 20 = 0 THEN created + interval '2 days' END, created
      FROM (SELECT i, ${TICK}::timestamp - (abs(hashtext('t' || i)) % (90 * 86400)) * interval '1 second' AS created FROM generate_series(1, ${NOTIFICATIONS}::int) i) n
      CROSS JOIN (SELECT enum_range(NULL::"NotificationType") AS types) t
      ORDER BY created`;
    await db.$executeRaw`INSERT INTO "Delivery" (id, "notificationId", type, channel, status, reason, attempts, "sentAt", "updatedAt")
      SELECT 'bench-delivery-' || i || '-' || c, 'bench-notification-' || i, (enum_range(NULL::"NotificationType"))[1 + i % 14], CASE WHEN c = 1 THEN 'EMAIL' ELSE 'DISCORD' END::"DeliveryChannel",
        CASE WHEN c = 1 THEN 'SENT' ELSE 'SKIPPED' END::"DeliveryStatus", CASE WHEN c = 2 THEN 'no Discord account linked' END, c % 2, CASE WHEN c = 1 THEN now() END, now()
      FROM generate_series(4, ${NOTIFICATIONS}::int, 4) i CROSS JOIN generate_series(1, 2) c WHERE c = 1 OR i % 8 = 0`;
    log(`rows loaded at ${since()}; building indexes and foreign keys`);
  });
  log(`indexes and foreign keys built at ${since()}; VACUUM ANALYZE`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "User", "Notification", "Delivery"`);
}
