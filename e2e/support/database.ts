// What the specs read from the e2e database (the one start-server.ts seeded), with plain `pg`:
// the app's Prisma client validates the app's configuration on import, which a spec has no use for.
import pg from "pg";
import { E2E_DATABASE_URL } from "./config";

async function query<TRow extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<TRow[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<TRow>(sql, values);
    return rows;
  } finally {
    await client.end();
  }
}

/** A message as development's mail capture stores it (production never writes one); its id. */
export async function insertCapturedEmail(to: string, link: string): Promise<string> {
  const rows = await query<{ id: string }>(
    `INSERT INTO "CapturedEmail" (id, "to", "from", subject, html, text, headers, "createdAt") VALUES (gen_random_uuid()::text, $1, 'DeltaCrown <x@deltacrown.test>', 'Your DeltaCrown sign-in link', $2, $2, '{}', now()) RETURNING id`,
    [to, link],
  );
  return rows[0]?.id ?? "";
}

/** How many sessions the user with this email has (Auth.js database sessions). */
export async function countSessionsOf(email: string): Promise<number> {
  const rows = await query<{ count: string }>(
    `SELECT count(*) AS count FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
    [email],
  );
  return Number(rows[0]?.count ?? 0);
}

/** How many outbox events of this name the app has written. */
export async function countOutboxEvents(name: string): Promise<number> {
  const rows = await query<{ count: string }>(`SELECT count(*) AS count FROM "OutboxEvent" WHERE name = $1`, [name]);
  return Number(rows[0]?.count ?? 0);
}

/** The titles of the notifications the user with this email has, newest first. */
export async function notificationTitlesOf(email: string): Promise<string[]> {
  const rows = await query<{ title: string }>(
    `SELECT n.title FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.email = $1 ORDER BY n."createdAt" DESC`,
    [email],
  );
  return rows.map((row) => row.title);
}

/**
 * An event the background worker never took: committed `minutesAgo` and still unsent, its retry long
 * due — what the outbox holds while Inngest is unreachable. Returns a function that removes it.
 */
export async function insertWaitingOutboxEvent(minutesAgo: number): Promise<() => Promise<void>> {
  const rows = await query<{ id: string }>(
    `INSERT INTO "OutboxEvent" (id, name, data, "createdAt", "nextAttemptAt", attempts, "lastError")
     VALUES ('e2e-waiting-' || gen_random_uuid()::text, 'jobs/cleanup.requested', '{"trigger":"MANUAL"}',
             now() - make_interval(mins => $1::int), now() - make_interval(mins => $1::int), 3, 'fetch failed')
     RETURNING id`,
    [minutesAgo],
  );
  return async () => {
    await query(`DELETE FROM "OutboxEvent" WHERE id = $1`, [rows[0]?.id]);
  };
}
