// Quality bar: "Announcement to 10,000 users: `createNotifications` within 1.3x of plain
// `INSERT … SELECT unnest` statements writing the same Notification and Delivery rows (the same rows,
// so the same indexes); at least 30x faster than Prisma `create` per row."
// Seeds 10,000 users (scripts/bench/lib/seed-users.ts), then times createNotifications — the notify
// pipeline's write step: preferences read, channels resolved, Notification rows and one Delivery
// row per email/Discord channel (PENDING, or SKIPPED with the reason) — for one announcement to all
// of them. What it wrote (per user: archived or not, and its Delivery rows) is read back and
// replayed as the baseline: two plain INSERT … SELECT unnest statements in one transaction, ids
// made beforehand, arrays built before the clock starts. The ORM baseline is Prisma `create` per
// notification with its Delivery rows nested: 1,000 measured, ×10. Every run starts from empty
// Notification and Delivery tables; a fingerprint of the rows (all columns but ids and times) must be
// the same for every method.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { TCreateNotificationsResult } from "@/lib/notifications/notify/create-notifications";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TBench } from "./lib/types";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { benchUserId, describeUserMix, readUserMix, seedUsers } from "./lib/seed-users";
import { createCountedDb, summarizeStatement, type TStatement } from "./lib/sql-counter";

const USERS = 10_000;
const RUNS = 3;
const TARGET_RATIO_TO_UNNEST = 1.3;
const TARGET_SPEEDUP_OVER_PRISMA = 30;
const PRISMA_SAMPLE = 1_000;

/** What one createNotifications run wrote, in the order of its users: the baseline's input. */
type TWritten = {
  userId: string;
  isArchived: boolean;
  deliveries: { channel: string; status: string; reason: string | null }[];
}[];
type TFingerprint = { notifications: number; archived: number; deliveries: string; digest: string };

const announcement: TBench = {
  name: "announcement",
  title: `Announcement to ${formatCount(USERS)} users — createNotifications vs the same rows by INSERT … SELECT unnest, and by Prisma create`,
  async run(context) {
    const { db, sql, log } = context;
    const { createNotifications } = await import("@/lib/notifications/notify/create-notifications");
    const { getPreferencesForUsers } = await import("@/lib/notifications/preferences/get-preferences-for-users");

    log(`seeding ${formatCount(USERS)} users and their preferences`);
    const seeded = await measure(sql, () => seedUsers(db, USERS));
    const mix = await readUserMix(db);
    const userIds = Array.from({ length: USERS }, (_, index) => benchUserId(index + 1, USERS));
    const request = (dedupKey: string): TNotificationRequest => ({
      type: "announcement",
      recipientIds: userIds,
      title: "Season 4 starts Monday: new map pool, bigger prize pool",
      body: "Registrations for the Season 4 open cups are live. Check the new map pool, the updated rules and the schedule, and register your team before Friday 18:00 UTC.",
      url: "/announcements/bench-season-4",
      dedupKey,
      teamId: null,
      data: { announcementId: "bench-season-4" },
    });

    const raw = createCountedDb(context.databaseUrl);
    const client = await raw.pool.connect();
    try {
      const emptyTables = () => db.$executeRawUnsafe(`TRUNCATE "Notification", "Delivery" CASCADE`);
      const app = (dedupKey: string) => measure(sql, () => createNotifications(request(dedupKey)));
      const unnestPair = (written: TWritten, dedupKey: string) => {
        const arrays = toArrays(written, request(dedupKey)); // built before the clock starts
        return measure(raw.sql, () => insertUnnestPair(client, arrays));
      };

      log("warm-up (each method once)");
      await app("bench-warm-up");
      const warmUp = await readWritten(db, "bench-warm-up");
      await emptyTables();
      await unnestPair(warmUp, "bench-warm-up");

      const appRuns: TMeasurement<TCreateNotificationsResult>[] = [];
      const pairRuns: TMeasurement<number>[] = [];
      const fingerprints: { method: string; fingerprint: TFingerprint }[] = [];
      let redelivered:
        | { run: TMeasurement<TCreateNotificationsResult>; deliveriesBefore: number; deliveriesAfter: number }
        | undefined;
      let written: TWritten = [];
      for (let run = 0; run < RUNS; run++) {
        log(`run ${run + 1}/${RUNS}: createNotifications, then the same rows by INSERT … SELECT unnest`);
        const dedupKey = `bench-announcement-${run}-${randomUUID()}`;
        await emptyTables();
        appRuns.push(await app(dedupKey));
        fingerprints.push({ method: "createNotifications", fingerprint: await fingerprintRows(db) });
        written = await readWritten(db, dedupKey);
        if (run === RUNS - 1) {
          const deliveriesBefore = await db.delivery.count();
          const again = await app(dedupKey); // the same request again: the dedup key must make it write nothing
          redelivered = { run: again, deliveriesBefore, deliveriesAfter: await db.delivery.count() };
        }
        await emptyTables();
        pairRuns.push(await unnestPair(written, dedupKey));
        fingerprints.push({ method: "unnest pair", fingerprint: await fingerprintRows(db) });
      }

      // Its first step alone (the same call), to split the JS time: its one query vs mapping 10,000 rows to preferences.
      const preferenceReads = [];
      for (let run = 0; run < RUNS; run++)
        preferenceReads.push(await measure(sql, () => getPreferencesForUsers(userIds)));
      const mappingMs = median(preferenceReads.map((read) => read.ms - sumMs(read.statements)));

      log(
        `Prisma create per notification with its Delivery rows nested (${formatCount(PRISMA_SAMPLE)} of ${formatCount(USERS)}, ×${USERS / PRISMA_SAMPLE})`,
      );
      const sample = written.slice(0, PRISMA_SAMPLE);
      const sampleKey = `bench-prisma-${randomUUID()}`;
      await emptyTables();
      const prisma = await measure(sql, () => createPerRow(db, sample, request(sampleKey)));
      const prismaFingerprint = await fingerprintRows(db);
      await emptyTables();
      const pairSample = await unnestPair(sample, sampleKey);
      const pairSampleFingerprint = await fingerprintRows(db);
      await emptyTables();

      const appMs = median(appRuns.map((run) => run.ms));
      const pairMs = median(pairRuns.map((run) => run.ms));
      const prismaMs = (prisma.ms * USERS) / PRISMA_SAMPLE;
      const phase = (test: (statement: TStatement) => boolean) =>
        median(appRuns.map((run) => sumMs(run.statements.filter(test))));
      const pairPhase = (test: (statement: TStatement) => boolean) =>
        median(pairRuns.map((run) => sumMs(run.statements.filter(test))));
      const appStatementsMs = median(appRuns.map((run) => sumMs(run.statements)));
      const appInsertsMs = phase(
        (statement) => isInsertInto(statement, "Notification") || isInsertInto(statement, "Delivery"),
      );
      const first = appRuns[0];
      const reference = fingerprints[0]?.fingerprint;
      const isSameEverywhere = fingerprints.every(
        ({ fingerprint }) => reference !== undefined && sameRows(fingerprint, reference),
      );

      return {
        rows: [
          ["data", `${describeUserMix(mix)} (seeded in ${formatMs(seeded.ms)})`],
          [
            "rows written per run",
            `${formatCount(reference?.notifications ?? 0)} Notification rows (${formatCount(reference?.archived ?? 0)} archived: no in-app) and Delivery rows ${reference?.deliveries ?? "?"}, on empty tables`,
          ],
          [`createNotifications ×${RUNS}`, `${describe(appRuns)} · ${statementCounts(appRuns)} statements`],
          ["  preferences read (1 query)", share(phase(isPreferencesRead), appMs)],
          [
            "  Notification INSERT … ON CONFLICT",
            share(
              phase((statement) => isInsertInto(statement, "Notification")),
              appMs,
            ),
          ],
          ["  read back the row ids", share(phase(isReadBack), appMs)],
          [
            "  Delivery INSERT … ON CONFLICT",
            share(
              phase((statement) => isInsertInto(statement, "Delivery")),
              appMs,
            ),
          ],
          [
            "  JS: channel resolution, rows, Prisma",
            `${share(Math.max(0, appMs - appStatementsMs), appMs)} (total minus its statements' own times)`,
          ],
          [
            "    of which rows → preferences",
            `${formatMs(mappingMs)} (getPreferencesForUsers timed alone: ${describe(preferenceReads)}, minus its query)`,
          ],
          [
            "  statements",
            (first?.statements ?? [])
              .map(
                (statement, index) =>
                  `${index + 1}. ${summarizeStatement(statement.text, 40)} ${formatMs(statement.ms)}`,
              )
              .join(" · "),
          ],
          [
            `INSERT … SELECT unnest pair ×${RUNS}`,
            `${describe(pairRuns)} · ${statementCounts(pairRuns)} statements (BEGIN, Notification, Delivery, COMMIT; ids and arrays made beforehand)`,
          ],
          [
            "  Notification INSERT",
            share(
              pairPhase((statement) => isInsertInto(statement, "Notification")),
              pairMs,
            ),
          ],
          [
            "  Delivery INSERT",
            share(
              pairPhase((statement) => isInsertInto(statement, "Delivery")),
              pairMs,
            ),
          ],
          [
            "  BEGIN/COMMIT",
            share(
              pairPhase((statement) => /^(BEGIN|COMMIT)/.test(statement.text)),
              pairMs,
            ),
          ],
          [
            `Prisma create per notification (${formatCount(PRISMA_SAMPLE)} ×${USERS / PRISMA_SAMPLE})`,
            `${formatMs(prismaMs)} extrapolated from ${formatMs(prisma.ms)} for ${formatCount(PRISMA_SAMPLE)} notifications and their Delivery rows (nested create) · ` +
              `${formatCount(prisma.statements.length)} statements for ${formatCount(PRISMA_SAMPLE)} (the unnest pair writes the same ${formatCount(PRISMA_SAMPLE)} in ${formatMs(pairSample.ms)})`,
          ],
          [
            "createNotifications ÷ unnest pair",
            `${ratio(appMs, pairMs)} (its two INSERTs alone: ${ratio(appInsertsMs, pairMs)})`,
          ],
          ["Prisma create per row ÷ createNotifications", ratio(prismaMs, appMs)],
          [
            "redelivered (same dedup key)",
            redelivered
              ? `${formatMs(redelivered.run.ms)} · ${redelivered.run.value.created} rows created · ${redelivered.deliveriesAfter - redelivered.deliveriesBefore} new Delivery rows · ${redelivered.run.statements.length} statements`
              : "—",
          ],
        ],
        checks: [
          {
            kind: "target",
            label: `createNotifications within ${TARGET_RATIO_TO_UNNEST}× the INSERT … SELECT unnest pair`,
            isPass: appMs <= TARGET_RATIO_TO_UNNEST * pairMs,
            detail: `median ${formatMs(appMs)} vs ${formatMs(pairMs)} = ${ratio(appMs, pairMs)}`,
          },
          {
            kind: "target",
            label: `createNotifications at least ${TARGET_SPEEDUP_OVER_PRISMA}× faster than Prisma create per row`,
            isPass: prismaMs >= TARGET_SPEEDUP_OVER_PRISMA * appMs,
            detail: `${formatMs(prismaMs)} (extrapolated ×${USERS / PRISMA_SAMPLE}) vs ${formatMs(appMs)} = ${ratio(prismaMs, appMs)}`,
          },
          {
            kind: "invariant",
            label: "every method writes the same Notification and Delivery rows",
            isPass:
              isSameEverywhere &&
              reference?.notifications === USERS &&
              appRuns.every((run) => run.value.created === USERS) &&
              sameRows(prismaFingerprint, pairSampleFingerprint),
            detail:
              `${fingerprints.length} runs: ${[...new Set(fingerprints.map(({ fingerprint }) => `${formatCount(fingerprint.notifications)} rows ${fingerprint.digest.slice(0, 8)}`))].join(" / ")}; ` +
              `Prisma's ${formatCount(PRISMA_SAMPLE)} ${prismaFingerprint.digest.slice(0, 8)}, the pair's ${pairSampleFingerprint.digest.slice(0, 8)}`,
          },
          {
            kind: "invariant",
            label: "a redelivered request writes nothing",
            isPass:
              redelivered?.run.value.created === 0 && redelivered.deliveriesAfter === redelivered.deliveriesBefore,
            detail: `created ${redelivered?.run.value.created ?? "?"}, Delivery rows ${formatCount(redelivered?.deliveriesBefore ?? 0)} → ${formatCount(redelivered?.deliveriesAfter ?? 0)}`,
          },
        ],
      };
    } finally {
      client.release();
      await raw.db.$disconnect().catch(() => {});
      await raw.pool.end().catch(() => {});
    }
  },
};

export default announcement;

/** Per user (in user order): is the row archived, and its Delivery rows. */
async function readWritten(db: PrismaClient, dedupKey: string): Promise<TWritten> {
  const rows = await db.$queryRaw<
    { userId: string; isArchived: boolean; deliveries: TWritten[number]["deliveries"] }[]
  >`
    SELECT n."userId", n."archivedAt" IS NOT NULL AS "isArchived",
      coalesce((SELECT json_agg(json_build_object('channel', d.channel, 'status', d.status, 'reason', d.reason) ORDER BY d.channel) FROM "Delivery" d WHERE d."notificationId" = n.id), '[]') AS deliveries
    FROM "Notification" n WHERE n."dedupKey" = ${dedupKey} ORDER BY n."userId"`;
  return rows;
}

type TArrays = ReturnType<typeof toArrays>;

/** The baseline's bind values: one array per varying column, the request's constants as scalars. */
function toArrays(written: TWritten, request: TNotificationRequest) {
  const now = new Date().toISOString();
  const ids = written.map(() => randomUUID());
  const deliveries = written.flatMap((user, index) =>
    user.deliveries.map((delivery) => ({ notificationId: ids[index], ...delivery })),
  );
  return {
    notification: [
      ids,
      written.map((user) => user.userId),
      request.type,
      request.title,
      request.body,
      request.url,
      JSON.stringify(request.data),
      request.dedupKey,
      written.map((user) => user.isArchived),
      now,
    ],
    delivery: [
      deliveries.map(() => randomUUID()),
      deliveries.map((row) => row.notificationId),
      deliveries.map((row) => row.channel),
      deliveries.map((row) => row.status),
      deliveries.map((row) => row.reason),
      now,
      request.type,
    ],
    rows: written.length + deliveries.length,
  };
}

/** Two plain INSERT … SELECT unnest statements (no ON CONFLICT, no read-back) in one transaction. */
async function insertUnnestPair(client: pg.PoolClient, arrays: TArrays): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Notification" (id, "userId", type, title, body, url, data, "dedupKey", "archivedAt", "createdAt")
       SELECT r.id, r.user_id, $3::"NotificationType", $4, $5, $6, $7::jsonb, $8, CASE WHEN r.archived THEN $10::timestamp(3) END, $10::timestamp(3)
       FROM unnest($1::text[], $2::text[], $9::boolean[]) AS r(id, user_id, archived)`,
      arrays.notification,
    );
    await client.query(
      `INSERT INTO "Delivery" (id, "notificationId", type, channel, status, reason, attempts, "createdAt", "updatedAt")
       SELECT d.id, d.notification_id, $7::"NotificationType", d.channel::"DeliveryChannel", d.status::"DeliveryStatus", d.reason, 0, $6::timestamp(3), $6::timestamp(3)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS d(id, notification_id, channel, status, reason)`,
      arrays.delivery,
    );
    await client.query("COMMIT");
    return arrays.rows;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** What a naive loop does: one Prisma create per notification, its Delivery rows nested (Prisma wraps each in a transaction). */
async function createPerRow(db: PrismaClient, written: TWritten, request: TNotificationRequest): Promise<number> {
  const now = new Date();
  for (const user of written) {
    await db.notification.create({
      data: {
        userId: user.userId,
        type: request.type,
        title: request.title,
        body: request.body,
        url: request.url,
        data: request.data ?? undefined,
        dedupKey: request.dedupKey,
        archivedAt: user.isArchived ? now : null,
        createdAt: now,
        deliveries: {
          create: user.deliveries.map((delivery) => ({
            type: request.type,
            channel: delivery.channel as "EMAIL" | "DISCORD",
            status: delivery.status as "PENDING" | "SKIPPED",
            reason: delivery.reason,
            createdAt: now,
          })),
        },
      },
      select: { id: true },
    });
  }
  return written.length;
}

/** Every row's content but ids and times (dedup keys differ per run: left out too), as counts and one md5. */
async function fingerprintRows(db: PrismaClient): Promise<TFingerprint> {
  const [row] = await db.$queryRaw<TFingerprint[]>`
    SELECT count(*)::int AS notifications, count(n."archivedAt")::int AS archived,
      (SELECT coalesce(string_agg(s.label, ', ' ORDER BY s.label), 'none') FROM (SELECT channel || ' ' || status || ' ' || count(*) AS label FROM "Delivery" GROUP BY channel, status) s) AS deliveries,
      coalesce(md5(string_agg(concat_ws('|', n."userId", n.type, n.title, n.body, n.url, n.data::text, n."archivedAt" IS NOT NULL, n."readAt", n."digestId", d.rows), ',' ORDER BY n."userId")), '') AS digest
    FROM "Notification" n
    LEFT JOIN LATERAL (SELECT string_agg(concat_ws(':', channel, status, reason, attempts, "providerMessageId", "sentAt", "emailBatchId"), ';' ORDER BY channel) AS rows FROM "Delivery" WHERE "notificationId" = n.id) d ON true`;
  if (!row) throw new Error("fingerprintRows: no answer");
  return row;
}

const sameRows = (a: TFingerprint, b: TFingerprint) =>
  a.notifications === b.notifications &&
  a.archived === b.archived &&
  a.deliveries === b.deliveries &&
  a.digest === b.digest;
const isPreferencesRead = (statement: TStatement) =>
  /FROM "User" u\s+LEFT JOIN "NotificationPreference"/.test(statement.text);
const isReadBack = (statement: TStatement) => /^\s*SELECT id, "userId" FROM "Notification"/.test(statement.text);
const isInsertInto = (statement: TStatement, table: string) =>
  new RegExp(`^\\s*INSERT INTO "(public"\\.")?${table}"`).test(statement.text);
const sumMs = (statements: TStatement[]) => statements.reduce((total, statement) => total + statement.ms, 0);
const statementCounts = (runs: { statements: TStatement[] }[]) =>
  [...new Set(runs.map((run) => formatCount(run.statements.length)))].join("/");

function describe(runs: { ms: number }[]): string {
  const times = runs.map((run) => run.ms);
  return runs.length > 1
    ? `median ${formatMs(median(times))} (${times.map((ms) => Math.round(ms)).join(" / ")})`
    : formatMs(times[0] ?? 0);
}

const share = (ms: number, total: number) => `${formatMs(ms)} (${total > 0 ? Math.round((100 * ms) / total) : 0}%)`;
const ratio = (a: number, b: number) => `${b > 0 ? (a / b).toFixed(a / b < 10 ? 2 : 0) : "∞"}×`;
