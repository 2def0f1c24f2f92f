// Quality bar: "Digest selection for 10,000 users: a constant number of queries, not one per user."
// Seeds users over 20 time zones (half-hour offsets and both hemispheres' DST included) with a mix
// of digest times — defaults, the slot that is due at the tick, the slot before it (caught up),
// arbitrary others — opt-outs, unverified emails, and notifications: unread ones for most, old,
// read or already emailed ones for others, some already in a digest, some users already sent
// today's. Then runs selectDueDigests at a half-hour tick at 1,000 and at 10,000 users: the
// statement count must not grow, and the users selected must be exactly those the seed makes due.
import type { TDueDigest } from "@/lib/notifications/digest/select-due-digests";
import pg from "pg";
import type { TBench, TBenchContext } from "./lib/types";
import { briefPlan, captureQueries, explainAnalyze } from "./lib/explain";
import { formatCount, formatMs, measure, median, type TMeasurement } from "./lib/measure";
import { summarizeStatement, type TStatement } from "./lib/sql-counter";

const SMALL = 1_000;
const FULL = 10_000;
const RUNS = 3;
/** A scheduler tick (:00 or :30): 08:00 in Berlin and Paris, 12:30 in Kolkata, 02:00 in New York. */
const TICK = new Date("2026-03-10T07:00:00.000Z");
const ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Paris",
  "Europe/Istanbul",
  "Africa/Cairo",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Bangkok",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Pacific/Auckland",
  "America/Sao_Paulo",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
] as const;
const HOUR = 3_600_000;

type TUser = {
  id: string;
  index: number;
  timezone: string;
  isVerified: boolean;
  /** null: no preference row (the defaults: brackets in the digest, 08:00). */
  preference: { hasDigest: boolean; optOutEmail: boolean; digestTime: string } | null;
};
type TRun = TMeasurement<TDueDigest[]>;

const digestSelection: TBench = {
  name: "digest-selection",
  title: `Digest selection — ${formatCount(FULL)} users over ${ZONES.length} time zones`,
  async run(context) {
    const { sql, log } = context;
    const { selectDueDigests } = await import("@/lib/notifications/digest/select-due-digests");
    const { digestSlot } = await import("@/lib/notifications/digest/digest-slot");
    const { DEFAULT_DIGEST_TIME } = await import("@/lib/notifications/preferences/digest-time");
    const select = () => measure(sql, () => selectDueDigests(TICK));
    const runs = async () => {
      await selectDueDigests(TICK); // warm-up
      const measured: TRun[] = [];
      for (let run = 0; run < RUNS; run++) measured.push(await select());
      return measured;
    };

    const users = Array.from({ length: FULL }, (_, index) => makeUser(index + 1));
    /** Who the seed makes due at TICK, by the digest rules (lib/notifications/digest: local time, something unread; not by the SQL under test). */
    const expected = (upTo: number) =>
      users
        .slice(0, upTo)
        .filter((user) => {
          const preference = user.preference ?? {
            hasDigest: true,
            optOutEmail: false,
            digestTime: DEFAULT_DIGEST_TIME,
          };
          return (
            user.isVerified &&
            preference.hasDigest &&
            !preference.optOutEmail &&
            digestSlot(user.timezone, preference.digestTime, TICK).isDue &&
            hasDigestItems(user.index) &&
            !hasTodaysDigest(user.index)
          );
        })
        .map((user) => `${user.id} ${digestSlot(user.timezone, "00:00", TICK).digestDate}`)
        .sort();
    const matches = (run: TRun | undefined, upTo: number) => {
      const got = (run?.value ?? []).map((due) => `${due.userId} ${due.digestDate}`).sort();
      const want = expected(upTo);
      return {
        isMatch: got.length === want.length && got.every((key, index) => key === want[index]),
        got: got.length,
        want: want.length,
      };
    };

    log(`seeding ${formatCount(SMALL)} users with preferences, notifications and past digests`);
    await seed(context, users.slice(0, SMALL));
    const small = await runs();
    log(`seeding up to ${formatCount(FULL)} users`);
    const seeded = await measure(sql, () => seed(context, users.slice(SMALL)));
    const full = await runs();
    // The plan of the statement that picks the users (the last one), with the values it was sent.
    const { queries } = await captureQueries(() => selectDueDigests(TICK));
    const client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    const plan = await explainAnalyze(client, queries.at(-1) ?? { text: "SELECT 1", values: [] }).finally(() =>
      client.end(),
    );

    const counts = (measured: TRun[]) => [...new Set(measured.map((run) => run.statements.length))];
    const [smallCounts, fullCounts] = [counts(small), counts(full)];
    const allCounts = [...new Set([...smallCounts, ...fullCounts])];
    const [smallMatch, fullMatch] = [matches(small[0], SMALL), matches(full[0], FULL)];
    const data = await context.db.$queryRaw<
      { notifications: number; unread: number; preferences: number; digests: number; pairs: number }[]
    >`
      SELECT (SELECT count(*)::int FROM "Notification") AS notifications, (SELECT count(*)::int FROM "Notification" WHERE "readAt" IS NULL) AS unread,
        (SELECT count(*)::int FROM "NotificationPreference") AS preferences, (SELECT count(*)::int FROM "NotificationDigest") AS digests,
        (SELECT count(*)::int FROM (SELECT DISTINCT u.timezone, coalesce(p."digestTime", ${DEFAULT_DIGEST_TIME}) FROM "User" u LEFT JOIN "NotificationPreference" p ON p."userId" = u.id) pairs) AS pairs`;
    const totals = data[0];

    return {
      rows: [
        [
          "data",
          `${formatCount(FULL)} users in ${ZONES.length} zones, ${formatCount(totals?.preferences ?? 0)} with a preference row, ${formatCount(totals?.pairs ?? 0)} distinct zone + digest time pairs; ` +
            `${formatCount(totals?.notifications ?? 0)} notifications (${formatCount(totals?.unread ?? 0)} unread), ${formatCount(totals?.digests ?? 0)} past digests (seeded in ${formatMs(seeded.ms)})`,
        ],
        [
          "tick",
          `${TICK.toISOString()} (${ZONES.filter((zone) => digestSlot(zone, DEFAULT_DIGEST_TIME, TICK).isDue).join(", ")} at their 08:00 default)`,
        ],
        [`at ${formatCount(SMALL)} users ×${RUNS}`, describe(small, SMALL)],
        [`at ${formatCount(FULL)} users ×${RUNS}`, describe(full, FULL)],
        [`statements at ${formatCount(FULL)} users`, ""],
        ...listStatements(full[0]?.statements ?? []),
        [`plan of statement ${full[0]?.statements.length ?? "?"}`, ""],
        ...briefPlan(plan, 110).map((line): [string, string] => ["", line]),
      ],
      checks: [
        {
          kind: "invariant",
          label: "queries constant (not per user)",
          isPass: allCounts.length === 1,
          detail: `${smallCounts.join("/")} statements at ${formatCount(SMALL)} users, ${fullCounts.join("/")} at ${formatCount(FULL)}`,
        },
        {
          kind: "invariant",
          label: "exactly the users the seed makes due",
          isPass: smallMatch.isMatch && fullMatch.isMatch,
          detail: `${formatCount(smallMatch.got)} of ${formatCount(smallMatch.want)} expected at ${formatCount(SMALL)} users, ${formatCount(fullMatch.got)} of ${formatCount(fullMatch.want)} at ${formatCount(FULL)}`,
        },
      ],
    };
  },
};

export default digestSelection;

/** A deterministic 0 … n-1 from a user index and a salt. */
function pick(index: number, salt: number, n: number): number {
  let hash = (index * 2_654_435_761 + salt * 40_503) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 15), 2_246_822_519) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 3_266_489_917) >>> 0;
  return (hash ^ (hash >>> 16)) % n;
}

/** "HH:MM" of the half-hour slot `slotsBefore` slots before the tick, in `timeZone`. */
function slotAtTick(timeZone: string, slotsBefore: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(TICK);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const minutes =
    (((value("hour") * 60 + value("minute") - (value("minute") % 30) - slotsBefore * 30) % 1_440) + 1_440) % 1_440;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * User i: zone i mod 20; 4% unverified. Even users have a preference row: a quarter of all users
 * chose the slot due at the tick, an eighth the slot before it (still due: catch-up), the rest a
 * pseudo-random half hour; 1 in 30 turned the digest off, 1 in 40 opted out of email. Odd users
 * have the defaults (08:00).
 */
function makeUser(index: number): TUser {
  const timezone = ZONES[(index - 1) % ZONES.length] ?? "UTC";
  const digestTime =
    index % 4 === 0
      ? slotAtTick(timezone, 0)
      : index % 8 === 2
        ? slotAtTick(timezone, 1)
        : `${String(pick(index, 1, 24)).padStart(2, "0")}:${pick(index, 2, 2) ? "30" : "00"}`;
  return {
    id: `bench-user-${String(index).padStart(5, "0")}`,
    index,
    timezone,
    isVerified: index % 25 !== 0,
    preference: index % 2 === 0 ? { hasDigest: index % 30 !== 0, optOutEmail: index % 40 === 0, digestTime } : null,
  };
}

/**
 * Notifications by i mod 10 — 0‥6: 1 to 3 unread in the last 6 days plus one read; 7: one unread
 * older than the digest window; 8: one unread already emailed on its own; 9: one read. Users with
 * i mod 50 = 11 had yesterday's digest, which included their first unread one; i mod 50 = 1 already
 * had today's.
 */
const unreadCount = (index: number) => 1 + (index % 3);
const hasDigestItems = (index: number) => index % 10 <= 6 && !(index % 50 === 11 && unreadCount(index) === 1);
const hasTodaysDigest = (index: number) => index % 50 === 1;

async function seed({ db }: TBenchContext, users: TUser[]): Promise<void> {
  const localDate = (timezone: string, daysBefore: number) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: timezone }).format(new Date(TICK.getTime() - daysBefore * 24 * HOUR));
  await db.$executeRaw`INSERT INTO "User" (id, email, "emailVerified", timezone, "updatedAt")
    SELECT id, id || '@bench.test', CASE WHEN verified THEN now() END, timezone, now()
    FROM unnest(${users.map((user) => user.id)}::text[], ${users.map((user) => user.isVerified)}::boolean[], ${users.map((user) => user.timezone)}::text[]) AS u(id, verified, timezone)`;
  const withPreference = users.filter((user) => user.preference);
  // A user without a digest has every type's email "off" ({"bracket_ready": false} is enough: the seeded notifications are all brackets).
  await db.$executeRaw`INSERT INTO "NotificationPreference" (id, "userId", "emailDigest", "optOutEmail", "digestTime", "updatedAt")
    SELECT 'bench-preference-' || id, id, CASE WHEN enabled THEN '{}'::jsonb ELSE '{"bracket_ready": false}'::jsonb END, opt_out, digest_time, now()
    FROM unnest(${withPreference.map((user) => user.id)}::text[], ${withPreference.map((user) => user.preference?.hasDigest ?? true)}::boolean[],
      ${withPreference.map((user) => user.preference?.optOutEmail ?? false)}::boolean[], ${withPreference.map((user) => user.preference?.digestTime ?? "08:00")}::text[]) AS p(id, enabled, opt_out, digest_time)`;
  const [from, to] = [users[0]?.index ?? 1, users.at(-1)?.index ?? 0];
  const tick = TICK.toISOString();
  // k = 1‥3: the unread ones (bucket 0‥6), k = 4: a read one; buckets 7‥9: one each (k = 1).
  await db.$executeRaw`INSERT INTO "Notification" (id, "userId", type, title, body, "dedupKey", "readAt", "createdAt")
    SELECT 'bench-notification-' || i || '-' || k, 'bench-user-' || lpad(i::text, 5, '0'), 'bracket_ready', 'Notification ' || k, 'Body', 'bench-' || k,
      CASE WHEN (i % 10 <= 6 AND k = 4) OR i % 10 = 9 THEN ${tick}::timestamp - interval '1 hour' END,
      CASE WHEN i % 10 = 7 THEN ${tick}::timestamp - interval '8 days' ELSE ${tick}::timestamp - (k * 30 + i % 40) * interval '1 hour' END
    FROM generate_series(${from}::int, ${to}::int) i CROSS JOIN generate_series(1, 4) k
    WHERE (i % 10 <= 6 AND (k <= 1 + i % 3 OR k = 4)) OR (i % 10 > 6 AND k = 1)`;
  await db.$executeRaw`INSERT INTO "Delivery" (id, "notificationId", type, channel, status, attempts, "sentAt", "updatedAt")
    SELECT 'bench-delivery-' || i, 'bench-notification-' || i || '-1', 'bracket_ready', 'EMAIL', 'SENT', 1, now(), now()
    FROM generate_series(${from}::int, ${to}::int) i WHERE i % 10 = 8`;
  const today = users.filter((user) => hasTodaysDigest(user.index));
  const yesterday = users.filter((user) => user.index % 50 === 11);
  await db.$executeRaw`INSERT INTO "NotificationDigest" (id, "userId", "digestDate", "sentAt", "notificationCount")
    SELECT 'bench-digest-' || id || '-' || day, id, day, now(), 1
    FROM unnest(${[...today, ...yesterday].map((user) => user.id)}::text[], ${[...today.map((user) => localDate(user.timezone, 0)), ...yesterday.map((user) => localDate(user.timezone, 1))]}::date[]) AS d(id, day)`;
  // Yesterday's digest included the user's first unread notification.
  await db.$executeRaw`UPDATE "Notification" n SET "digestId" = d.id FROM "NotificationDigest" d
    WHERE d."userId" = ANY(${yesterday.map((user) => user.id)}::text[]) AND n.id = 'bench-notification-' || substr(d."userId", 12)::int || '-1'`;
  await db.$executeRawUnsafe("ANALYZE");
}

function describe(runs: TRun[], users: number): string {
  const first = runs[0];
  if (!first) return "";
  const times = runs.map((run) => run.ms);
  return [
    `median ${formatMs(median(times))} (${times.map((ms) => ms.toFixed(1)).join(" / ")})`,
    `${first.statements.length} statements`,
    `${formatCount(first.value.length)} digests due (${Math.round((100 * first.value.length) / users)}% of users)`,
  ].join(" · ");
}

function listStatements(statements: TStatement[]): [string, string][] {
  return statements.map((statement, index) => [
    `  ${index + 1}. ${summarizeStatement(statement.text, 46)}`,
    formatMs(statement.ms),
  ]);
}
