// DESIGN.md §8: "Announcement to 10,000 users: in-app rows within 2x the time of one raw
// multi-row INSERT of the same rows; at least 20x faster than one insert per row."
// Seeds 10,000 users (most without a preference row, some with choices, some opted out of in-app or
// email, some unverified or with Discord), then times createNotifications — the notify pipeline's
// write step: preferences read, channels resolved, in-app rows and Delivery rows written — for one
// announcement to all of them, against the same Notification rows written with plain pg: one
// multi-row INSERT … VALUES (chunked only where the 65,535 bind-parameter limit forces it), one
// INSERT … SELECT unnest (one statement), and one INSERT per row (all 10,000, not extrapolated; the
// ORM's create per row is shown for context: 1,000 measured, ×10). createNotifications' time is
// split by its statements' own timings, and its preference read and channel resolution are timed
// alone (the same exported functions it calls). Every run starts from an empty Notification table
// (TRUNCATE … CASCADE), the same for each method.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { TCreateNotificationsResult } from "@/lib/notifications/notify/create-notifications";
import type { TNotificationRequest } from "@/lib/notifications/notify/notification-request";
import type { TBench, TBenchContext } from "./lib/types";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { createCountedDb, summarizeStatement, type TStatement } from "./lib/sql-counter";

const USERS = 10_000;
const RUNS = 3;
const TARGET_RATIO_TO_RAW = 2;
const TARGET_SPEEDUP_OVER_PER_ROW = 20;
const PRISMA_PER_ROW_SAMPLE = 1_000;
/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_BIND_PARAMETERS = 65_535;
const COLUMNS = ["id", "userId", "type", "title", "body", "url", "data", "dedupKey", "archivedAt", "createdAt"] as const;
const ROWS_PER_VALUES_INSERT = Math.floor(MAX_BIND_PARAMETERS / COLUMNS.length);
const COLUMN_LIST = COLUMNS.map((column) => `"${column}"`).join(", ");
const CASTS: Partial<Record<(typeof COLUMNS)[number], string>> = { type: '"NotificationType"', data: "jsonb", archivedAt: "timestamp(3)", createdAt: "timestamp(3)" };

type TRow = [id: string, userId: string, type: string, title: string, body: string, url: string | null, data: string, dedupKey: string, archivedAt: string | null, createdAt: string];
type TAppRun = TMeasurement<TCreateNotificationsResult>;
type TRawRun = TMeasurement<number>;

const announcement: TBench = {
  name: "announcement",
  title: `Announcement to ${formatCount(USERS)} users — createNotifications vs raw INSERTs of the same rows`,
  async run(context) {
    const { db, sql, log } = context;
    const { createNotifications } = await import("@/lib/notifications/notify/create-notifications");
    const { getPreferencesForUsers } = await import("@/lib/notifications/preferences/get-preferences-for-users");
    const { resolveChannels } = await import("@/lib/notifications/preferences/resolve-channels");

    log(`seeding ${formatCount(USERS)} users and their preferences`);
    const seeded = await measure(sql, () => seed(context));
    const users = await db.$queryRaw<{ id: string; optOutInApp: boolean }[]>`
      SELECT u.id, coalesce(p."optOutInApp", false) AS "optOutInApp" FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id ORDER BY u.id`;
    const mix = (await db.$queryRaw<{ withPreference: number; optOutInApp: number; optOutEmail: number; discordChosen: number; unverified: number; discordLinked: number }[]>`
      SELECT count(p.id)::int AS "withPreference", count(*) FILTER (WHERE p."optOutInApp")::int AS "optOutInApp", count(*) FILTER (WHERE p."optOutEmail")::int AS "optOutEmail",
        count(*) FILTER (WHERE p.channels ? 'announcement')::int AS "discordChosen", count(*) FILTER (WHERE u."emailVerified" IS NULL)::int AS unverified,
        count(u."discordUserId")::int AS "discordLinked"
      FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id`)[0];
    const expectedArchived = users.filter((user) => user.optOutInApp).length;

    const request = (dedupKey: string): TNotificationRequest => ({
      type: "announcement",
      recipientIds: users.map((user) => user.id),
      title: "Season 4 starts Monday: new map pool, bigger prize pool",
      body: "Registrations for the Season 4 open cups are live. Check the new map pool, the updated rules and the schedule, and register your team before Friday 18:00 UTC.",
      url: "/announcements/bench-season-4",
      dedupKey,
      teamId: null,
      data: { announcementId: "bench-season-4" },
    });
    /** The rows createNotifications writes for `request`, for the raw baselines. */
    const rowsOf = (dedupKey: string): TRow[] => {
      const { type, title, body, url, data } = request(dedupKey);
      const now = new Date().toISOString();
      return users.map((user) => [randomUUID(), user.id, type, title, body, url, JSON.stringify(data), dedupKey, user.optOutInApp ? now : null, now]);
    };

    const raw = createCountedDb(context.databaseUrl);
    raw.pool.on("error", () => {}); // an idle client's connection ending is not a bench failure
    const client = await raw.pool.connect();
    try {
      const emptyTable = () => db.$executeRawUnsafe(`TRUNCATE "Notification" CASCADE`);
      const app = (dedupKey: string) => measure(sql, () => createNotifications(request(dedupKey)));
      const values = (rows: TRow[]) => measure(raw.sql, () => insertValues(client, rows));
      const unnest = (rows: TRow[]) => measure(raw.sql, () => insertUnnest(client, rows));
      const perRow = (rows: TRow[]) => measure(raw.sql, () => insertPerRow(client, rows));

      log("warm-up (each method once)");
      await app("bench-warm-up");
      await emptyTable();
      await values(rowsOf("bench-warm-up"));
      await emptyTable();
      await unnest(rowsOf("bench-warm-up"));
      await emptyTable();
      await perRow(rowsOf("bench-warm-up").slice(0, 1_000));

      const appRuns: TAppRun[] = [];
      const valuesRuns: TRawRun[] = [];
      const unnestRuns: TRawRun[] = [];
      const perRowRuns: TRawRun[] = [];
      const tables: { method: string; rows: number; archived: number; deliveries: number }[] = [];
      const tableState = async (method: string) => {
        const [state] = await db.$queryRaw<{ rows: number; archived: number; deliveries: number }[]>`
          SELECT (SELECT count(*)::int FROM "Notification") AS rows, (SELECT count(*)::int FROM "Notification" WHERE "archivedAt" IS NOT NULL) AS archived,
            (SELECT count(*)::int FROM "Delivery") AS deliveries`;
        tables.push({ method, rows: state?.rows ?? 0, archived: state?.archived ?? 0, deliveries: state?.deliveries ?? 0 });
      };
      let redelivered: TAppRun | undefined;
      let deliveriesBefore = 0;
      let deliveriesAfter = 0;
      for (let run = 0; run < RUNS; run++) {
        log(`run ${run + 1}/${RUNS}: createNotifications, multi-row VALUES, unnest, ${formatCount(USERS)} single-row INSERTs`);
        const dedupKey = `bench-announcement-${run}-${randomUUID()}`;
        await emptyTable();
        appRuns.push(await app(dedupKey));
        await tableState("createNotifications");
        if (run === RUNS - 1) {
          deliveriesBefore = tables.at(-1)?.deliveries ?? 0;
          redelivered = await app(dedupKey); // the same request again: the dedup key must make it write nothing
          deliveriesAfter = await db.delivery.count();
        }
        await emptyTable();
        valuesRuns.push(await values(rowsOf(dedupKey)));
        await tableState("multi-row VALUES");
        await emptyTable();
        unnestRuns.push(await unnest(rowsOf(dedupKey)));
        await tableState("unnest");
        await emptyTable();
        perRowRuns.push(await perRow(rowsOf(dedupKey)));
        await tableState("per row");
      }
      // The first steps of createNotifications on their own (the same calls it makes), to split its JS time.
      log("timing the preference read and channel resolution alone, and Prisma create per row (1,000)");
      const resolution: { read: TMeasurement<unknown>; resolveMs: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const read = await measure(sql, () => getPreferencesForUsers(request("bench-split").recipientIds));
        const started = performance.now();
        for (const prefs of read.value.values()) resolveChannels("announcement", prefs, { hasVerifiedEmail: prefs.emailVerified, hasDiscord: prefs.discordUserId !== null });
        resolution.push({ read, resolveMs: performance.now() - started });
      }
      // For context: the ORM's one-row create, as a naive loop would call it (1,000 measured, ×10).
      await emptyTable();
      const prismaRows = rowsOf("bench-prisma-per-row").slice(0, PRISMA_PER_ROW_SAMPLE);
      const prismaPerRow = await measure(sql, async () => {
        for (const [id, userId, , title, body, url, , dedupKey, archivedAt, createdAt] of prismaRows) {
          await db.notification.create({ data: { id, userId, type: "announcement", title, body, url, data: { announcementId: "bench-season-4" }, dedupKey, archivedAt, createdAt }, select: { id: true } });
        }
        return prismaRows.length;
      });
      await emptyTable();

      const ms = (runs: { ms: number }[]) => median(runs.map((run) => run.ms));
      const [appMs, valuesMs, unnestMs, perRowMs] = [ms(appRuns), ms(valuesRuns), ms(unnestRuns), ms(perRowRuns)];
      const phases = appRuns.map((run) => splitByPhase(run));
      const phase = (name: keyof TPhases) => median(phases.map((split) => split[name]));
      const notificationInsertMs = phase("notificationInsert");
      const readMs = median(resolution.map((entry) => entry.read.ms));
      const readSqlMs = median(resolution.map((entry) => entry.read.statements.reduce((total, statement) => total + statement.ms, 0)));
      const resolveMs = median(resolution.map((entry) => entry.resolveMs));
      const otherJsMs = Math.max(0, phase("js") - (readMs - readSqlMs) - resolveMs);
      const prismaPerRowMs = (prismaPerRow.ms * USERS) / PRISMA_PER_ROW_SAMPLE;
      const first = appRuns[0];
      const appTables = tables.filter((table) => table.method === "createNotifications");
      const rawTables = tables.filter((table) => table.method !== "createNotifications");
      const statementCounts = (runs: { statements: TStatement[] }[]) => [...new Set(runs.map((run) => formatCount(run.statements.length)))].join("/");

      return {
        rows: [
          [
            "data",
            `${formatCount(USERS)} users: ${formatCount(USERS - (mix?.withPreference ?? 0))} without a preference row, ${formatCount(mix?.withPreference ?? 0)} with one ` +
              `(${formatCount(mix?.optOutInApp ?? 0)} opted out of in-app, ${formatCount(mix?.optOutEmail ?? 0)} of email, ${formatCount(mix?.discordChosen ?? 0)} chose Discord too); ` +
              `${formatCount(mix?.unverified ?? 0)} unverified emails, ${formatCount(mix?.discordLinked ?? 0)} Discord links (seeded in ${formatMs(seeded.ms)})`,
          ],
          ["rows written per run", `${formatCount(USERS)} Notification rows (${COLUMNS.length} columns; ${formatCount(expectedArchived)} archived: no in-app) on an empty table; createNotifications also ${formatCount(first?.value.emailPending ?? 0)} + ${formatCount(first?.value.discordPending ?? 0)} + ${formatCount(first?.value.skipped ?? 0)} Delivery rows (email pending + Discord pending + skipped)`],
          [`createNotifications ×${RUNS}`, `${describe(appRuns)} · ${statementCounts(appRuns)} statements`],
          [`  preferences read (1 query)`, `${share(phase("preferences"), appMs)} · + ${formatMs(readMs - readSqlMs)} mapping rows to preferences (timed alone: ${formatMs(readMs)} in all)`],
          [`  channel resolution (JS, timed alone)`, share(resolveMs, appMs)],
          [`  the rest of the JS: rows, Prisma`, `${share(otherJsMs, appMs)} (total minus statements, mapping and resolution: building rows, Prisma compiling and binding createMany)`],
          [`  Notification INSERT`, `${share(notificationInsertMs, appMs)} · ${notificationInsertCount(first)} statements`],
          [`  read back the row ids`, share(phase("readBack"), appMs)],
          [`  Delivery INSERT`, `${share(phase("deliveryInsert"), appMs)} · ${deliveryInsertCount(first)} statements`],
          ...(phase("other") > 0 ? [[`  other (BEGIN/COMMIT …)`, share(phase("other"), appMs)] as [string, string]] : []),
          ["statements of one createNotifications", ""],
          ...listStatements(first?.statements ?? []),
          [`(a) multi-row INSERT … VALUES ×${RUNS}`, `${describe(valuesRuns)} · ${statementCounts(valuesRuns)} statements (${formatCount(ROWS_PER_VALUES_INSERT)} rows × ${COLUMNS.length} parameters each: the bind-parameter limit forces the split)`],
          [`    INSERT … SELECT unnest ×${RUNS}`, `${describe(unnestRuns)} · ${statementCounts(unnestRuns)} statement (${COLUMNS.length} array parameters)`],
          [`(b) one INSERT per row ×${RUNS}`, `${describe(perRowRuns)} · ${statementCounts(perRowRuns)} statements (all ${formatCount(USERS)} measured, sequential, autocommit)`],
          [`    Prisma create per row (${formatCount(PRISMA_PER_ROW_SAMPLE)} ×${USERS / PRISMA_PER_ROW_SAMPLE})`, `${formatMs(prismaPerRowMs)} extrapolated from ${formatMs(prismaPerRow.ms)} for ${formatCount(PRISMA_PER_ROW_SAMPLE)} rows · ${formatCount((prismaPerRow.statements.length * USERS) / PRISMA_PER_ROW_SAMPLE)} statements (context, not the target's baseline)`],
          ["createNotifications ÷ multi-row VALUES", `${ratio(appMs, valuesMs)} (its Notification INSERT alone: ${ratio(notificationInsertMs, valuesMs)})`],
          ["createNotifications ÷ unnest", ratio(appMs, unnestMs)],
          ["one INSERT per row ÷ createNotifications", `${ratio(perRowMs, appMs)} (multi-row VALUES: ${ratio(perRowMs, valuesMs)}, unnest: ${ratio(perRowMs, unnestMs)}; Prisma create per row ÷ createNotifications: ${ratio(prismaPerRowMs, appMs)})`],
          ["redelivered (same dedup key)", redelivered ? `${formatMs(redelivered.ms)} · ${redelivered.value.created} rows created · ${deliveriesAfter - deliveriesBefore} new Delivery rows · ${redelivered.statements.length} statements` : "—"],
        ],
        checks: [
          {
            kind: "target",
            label: `createNotifications within ${TARGET_RATIO_TO_RAW}× one raw multi-row INSERT`,
            isPass: appMs <= TARGET_RATIO_TO_RAW * valuesMs,
            detail: `median ${formatMs(appMs)} vs ${formatMs(valuesMs)} = ${ratio(appMs, valuesMs)}`,
          },
          {
            kind: "target",
            label: `createNotifications at least ${TARGET_SPEEDUP_OVER_PER_ROW}× faster than one INSERT per row`,
            isPass: perRowMs >= TARGET_SPEEDUP_OVER_PER_ROW * appMs,
            detail: `median ${formatMs(perRowMs)} vs ${formatMs(appMs)} = ${ratio(perRowMs, appMs)}`,
          },
          {
            kind: "invariant",
            label: "every method writes the same rows",
            isPass: tables.every((table) => table.rows === USERS && table.archived === expectedArchived) && appRuns.every((run) => run.value.created === USERS),
            detail: `${formatCount(USERS)} rows, ${formatCount(expectedArchived)} archived, per run of each method (created ${[...new Set(appRuns.map((run) => run.value.created))].join("/")})`,
          },
          {
            kind: "invariant",
            label: "one Delivery row per email/Discord channel",
            isPass: appTables.every((table) => table.deliveries === (first ? first.value.emailPending + first.value.discordPending + first.value.skipped : -1)) && rawTables.every((table) => table.deliveries === 0),
            detail: `${[...new Set(appTables.map((table) => table.deliveries))].map(formatCount).join("/")} Delivery rows per createNotifications`,
          },
          {
            kind: "invariant",
            label: "a redelivered request writes nothing",
            isPass: redelivered?.value.created === 0 && deliveriesAfter === deliveriesBefore,
            detail: `created ${redelivered?.value.created ?? "?"}, Delivery rows ${formatCount(deliveriesBefore)} → ${formatCount(deliveriesAfter)}`,
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

/**
 * Users bench-user-00001 … 10000 (UTC): 90% with a verified email, 20% with Discord linked. A
 * quarter have a preference row: of those, a fifth opted out of in-app (500), a third of email
 * (833), and half chose Discord for announcements too; everyone else has the defaults.
 */
async function seed({ db }: TBenchContext): Promise<void> {
  await db.$executeRaw`INSERT INTO "User" (id, name, email, "emailVerified", "discordUserId", "updatedAt")
    SELECT 'bench-user-' || lpad(i::text, 5, '0'), 'Player ' || i, 'player-' || i || '@bench.test', CASE WHEN i % 10 <> 0 THEN now() END,
      CASE WHEN i % 5 = 0 THEN 'discord-' || i END, now()
    FROM generate_series(1, ${USERS}::int) i`;
  await db.$executeRaw`INSERT INTO "NotificationPreference" (id, "userId", channels, "optOutEmail", "optOutInApp", "updatedAt")
    SELECT 'bench-preference-' || i, 'bench-user-' || lpad(i::text, 5, '0'),
      CASE WHEN i % 8 = 0 THEN '{"announcement": ["in_app", "email", "discord"]}'::jsonb ELSE '{"roster_changed": ["in_app", "email"]}'::jsonb END,
      i % 12 = 0, i % 20 = 0, now()
    FROM generate_series(1, ${USERS}::int) i WHERE i % 4 = 0`;
  await db.$executeRawUnsafe("ANALYZE");
}

function placeholders(row: number): string {
  return `(${COLUMNS.map((column, index) => `$${row * COLUMNS.length + index + 1}${CASTS[column] ? `::${CASTS[column]}` : ""}`).join(", ")})`;
}

/** Multi-row INSERT … VALUES, as few statements as the bind-parameter limit allows. */
async function insertValues(client: pg.PoolClient, rows: TRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_VALUES_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_VALUES_INSERT);
    const text = `INSERT INTO "Notification" (${COLUMN_LIST}) VALUES ${chunk.map((_, row) => placeholders(row)).join(", ")}`;
    inserted += (await client.query(text, chunk.flat())).rowCount ?? 0;
  }
  return inserted;
}

/** One statement: INSERT … SELECT * FROM unnest(one array per column). */
async function insertUnnest(client: pg.PoolClient, rows: TRow[]): Promise<number> {
  const arrays = COLUMNS.map((_, column) => rows.map((row) => row[column]));
  const text = `INSERT INTO "Notification" (${COLUMN_LIST}) SELECT * FROM unnest(${COLUMNS.map((column, index) => `$${index + 1}::${CASTS[column] ?? "text"}[]`).join(", ")})`;
  return (await client.query(text, arrays)).rowCount ?? 0;
}

/** One single-row INSERT per row, one after another (each its own transaction). */
async function insertPerRow(client: pg.PoolClient, rows: TRow[]): Promise<number> {
  const text = `INSERT INTO "Notification" (${COLUMN_LIST}) VALUES ${placeholders(0)}`;
  let inserted = 0;
  for (const row of rows) inserted += (await client.query(text, row)).rowCount ?? 0;
  return inserted;
}

type TPhases = { preferences: number; notificationInsert: number; readBack: number; deliveryInsert: number; other: number; js: number };

const isPreferencesRead = (statement: TStatement) => /FROM "User" u\s+LEFT JOIN "NotificationPreference"/.test(statement.text);
const isNotificationInsert = (statement: TStatement) => /^\s*INSERT INTO "(public"\.")?Notification"/.test(statement.text);
const isReadBack = (statement: TStatement) => /^\s*SELECT id, "userId" FROM "Notification"/.test(statement.text);
const isDeliveryInsert = (statement: TStatement) => /^\s*INSERT INTO "(public"\.")?Delivery"/.test(statement.text);

/** Where a createNotifications run spent its time: each kind of statement, and the rest (JS: channel resolution, row building, Prisma). */
function splitByPhase(run: TAppRun): TPhases {
  const sum = (test: (statement: TStatement) => boolean) => run.statements.filter(test).reduce((total, statement) => total + statement.ms, 0);
  const phases = { preferences: sum(isPreferencesRead), notificationInsert: sum(isNotificationInsert), readBack: sum(isReadBack), deliveryInsert: sum(isDeliveryInsert) };
  const other = sum((statement) => ![isPreferencesRead, isNotificationInsert, isReadBack, isDeliveryInsert].some((test) => test(statement)));
  const statementsMs = Object.values(phases).reduce((total, ms) => total + ms, 0) + other;
  return { ...phases, other, js: Math.max(0, run.ms - statementsMs) };
}

const notificationInsertCount = (run: TAppRun | undefined) => run?.statements.filter(isNotificationInsert).length ?? 0;
const deliveryInsertCount = (run: TAppRun | undefined) => run?.statements.filter(isDeliveryInsert).length ?? 0;

function describe(runs: { ms: number }[]): string {
  const times = runs.map((run) => run.ms);
  return runs.length > 1 ? `median ${formatMs(median(times))} (${times.map((ms) => Math.round(ms)).join(" / ")})` : formatMs(times[0] ?? 0);
}

const share = (ms: number, total: number) => `${formatMs(ms)} (${total > 0 ? Math.round((100 * ms) / total) : 0}%)`;
const ratio = (a: number, b: number) => `${b > 0 ? (a / b).toFixed(a / b < 10 ? 2 : 0) : "∞"}×`;

function listStatements(statements: TStatement[]): [string, string][] {
  return statements.map((statement, index) => [`  ${index + 1}. ${summarizeStatement(statement.text, 46)}`, formatMs(statement.ms)]);
}
