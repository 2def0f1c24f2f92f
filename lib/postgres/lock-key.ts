// A transaction-scoped PostgreSQL advisory lock on a string key: where no unique constraint can
// express a rule (one pending invite per team and player, one match per pairing and round), it
// makes the check-then-insert atomic. Released at commit or rollback.
import type { DbClient } from "@/lib/db";

export async function lockKey(tx: DbClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
