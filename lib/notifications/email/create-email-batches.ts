// New provider batches for `count` emails: ceil(count / RESEND_BATCH_SIZE) EmailBatch rows, in one
// statement, their ids in order (the caller assigns the members, 100 to a batch).
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";
import { RESEND_BATCH_SIZE } from "@/lib/mail/send-emails";

export async function createEmailBatches(tx: DbClient, count: number): Promise<string[]> {
  const sizes = Array.from({ length: Math.ceil(count / RESEND_BATCH_SIZE) }, (_, index) =>
    Math.min(RESEND_BATCH_SIZE, count - index * RESEND_BATCH_SIZE),
  );
  if (sizes.length === 0) return [];
  const ids = sizes.map(() => randomUUID());
  await tx.$executeRaw`
    INSERT INTO "EmailBatch" (id, status, size, attempts, "createdAt", "updatedAt")
    SELECT id, 'PENDING', size, 0, now(), now() FROM unnest(${ids}::text[], ${sizes}::int[]) AS b(id, size)`;
  return ids;
}
