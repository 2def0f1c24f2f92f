// One page of a half-hour slot's digests, made ready to send: the page's due users (keyset, at most
// DIGEST_PAGE_SIZE) each get their (user, local date) digest claimed — once, whoever else runs the
// same slot — with their notifications chosen and recorded (so the next digest does not repeat
// them), and the claimed digests are put into provider batches (lib/notifications/email) whose
// `email/batch.ready` events come back for step.sendEvent. A constant number of statements a page.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RESEND_BATCH_SIZE } from "@/lib/mail/send-emails";
import { createEmailBatches } from "@/lib/notifications/email/create-email-batches";
import { emailBatchEventsFor, type TEmailBatchEvent } from "@/lib/notifications/email/plan-email-batches";
import { DIGEST_MAX_ITEMS, digestItemFilter } from "./digest-items";
import { selectDueDigests } from "./select-due-digests";

/** Users read per step: ten provider batches. */
export const DIGEST_PAGE_SIZE = 1_000;

export type TDigestPage = { events: TEmailBatchEvent[]; due: number; prepared: number; nextAfter: string | null };

export async function prepareDigestPage(
  now: Date,
  after: string | null,
  lookBackMinutes?: number,
): Promise<TDigestPage> {
  const due = await selectDueDigests(now, { after, limit: DIGEST_PAGE_SIZE, lookBackMinutes });
  const nextAfter = due.length === DIGEST_PAGE_SIZE ? (due.at(-1)?.userId ?? null) : null;
  if (due.length === 0) return { events: [], due: 0, prepared: 0, nextAfter };

  const { batches, prepared } = await db.$transaction(async (tx) => {
    // Only rows inserted now are ours: a digest someone else claimed is theirs to send.
    const claimed = await tx.$queryRaw<{ id: string; userId: string }[]>`
      INSERT INTO "NotificationDigest" (id, "userId", "digestDate", "notificationCount", "createdAt")
      SELECT gen_random_uuid()::text, d.user_id, d.digest_date, 0, now()
      FROM unnest(${due.map((digest) => digest.userId)}::text[], ${due.map((digest) => digest.digestDate)}::date[]) AS d(user_id, digest_date)
      ON CONFLICT ("userId", "digestDate") DO NOTHING
      RETURNING id, "userId"`;
    if (claimed.length === 0) return { batches: [], prepared: 0 };
    const picked = await tx.$queryRaw<{ digestId: string; count: number }[]>`
      WITH claimed AS (SELECT * FROM unnest(${claimed.map((row) => row.id)}::text[], ${claimed.map((row) => row.userId)}::text[]) AS c(digest_id, user_id)),
      picked AS (
        SELECT item.id, c.digest_id FROM claimed c
        LEFT JOIN "NotificationPreference" p ON p."userId" = c.user_id
        CROSS JOIN LATERAL (
          SELECT n.id FROM "Notification" n WHERE ${digestItemFilter(Prisma.sql`c.user_id`, Prisma.sql`p."emailDigest"`, now)}
          ORDER BY n."createdAt" DESC LIMIT ${DIGEST_MAX_ITEMS}
        ) item
      ),
      linked AS (UPDATE "Notification" n SET "digestId" = p.digest_id FROM picked p WHERE n.id = p.id RETURNING p.digest_id)
      SELECT digest_id AS "digestId", count(*)::int AS count FROM linked GROUP BY digest_id ORDER BY digest_id`;
    // A digest whose notifications were read or emailed since the selection has nothing to say.
    await tx.notificationDigest.deleteMany({
      where: { id: { in: claimed.map((row) => row.id).filter((id) => !picked.some((row) => row.digestId === id)) } },
    });
    const batches = await createEmailBatches(tx, picked.length);
    await tx.$executeRaw`
      UPDATE "NotificationDigest" g SET "emailBatchId" = b.batch_id, "notificationCount" = b.count
      FROM unnest(${picked.map((row) => row.digestId)}::text[], ${picked.map((_row, index) => batches[Math.floor(index / RESEND_BATCH_SIZE)])}::text[], ${picked.map((row) => row.count)}::int[])
        AS b(digest_id, batch_id, count)
      WHERE g.id = b.digest_id`;
    return { batches, prepared: picked.length };
  });
  return { events: emailBatchEventsFor(batches), due: due.length, prepared, nextAfter };
}
