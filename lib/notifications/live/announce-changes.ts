// Tells every server process whose users' notifications changed: PostgreSQL NOTIFY on one channel,
// the user ids comma-separated, inside the caller's transaction (so the message goes out at commit,
// and never for a rolled-back change). One statement for any number of users: the ids are grouped
// into payloads well under NOTIFY's 8,000-byte limit. live-hub.ts is the listening end.
import type { DbClient } from "@/lib/db";

export const LIVE_CHANNEL = "notifications_changed";
/** Ids per NOTIFY payload: 200 ids of up to 36 characters and their commas stay under 7,500 bytes. */
const IDS_PER_PAYLOAD = 200;

export async function announceNotificationChanges(tx: DbClient, userIds: readonly string[]): Promise<void> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    SELECT pg_notify(${LIVE_CHANNEL}, string_agg(id, ','))
    FROM (SELECT id, (row_number() OVER () - 1) / ${IDS_PER_PAYLOAD} AS payload FROM unnest(${ids}::text[]) AS id) AS grouped
    GROUP BY payload`;
}
