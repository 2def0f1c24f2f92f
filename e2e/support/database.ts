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

export type TCapturedEmail = { id: string; subject: string; text: string; html: string; createdAt: Date };

/** The newest mail captured for `to` (RESEND_API_KEY is unset under test), or null. */
export async function findNewestCapturedEmail(to: string): Promise<TCapturedEmail | null> {
  const rows = await query<TCapturedEmail>(
    `SELECT id, subject, text, html, "createdAt" FROM "CapturedEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [to],
  );
  return rows[0] ?? null;
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
