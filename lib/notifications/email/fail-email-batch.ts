// When the send-email-batch function gives up on a batch (retries exhausted, or a final refusal of
// the whole call), nothing in it may stay PENDING for ever: the batch and its unsent members are
// marked FAILED with the reason (shown to the recipient and on the admin dashboard), and its digests
// release their notifications so the next digest can carry them.
import { db } from "@/lib/db";

export async function failEmailBatch(batchId: string, error: string): Promise<{ failed: number }> {
  const reason = `gave up: ${error}`.slice(0, 500);
  return db.$transaction(async (tx) => {
    const { count: batches } = await tx.emailBatch.updateMany({
      where: { id: batchId, status: "PENDING" },
      data: { status: "FAILED", reason },
    });
    if (batches === 0) return { failed: 0 };
    const { count } = await tx.delivery.updateMany({
      where: { emailBatchId: batchId, status: "PENDING" },
      data: { status: "FAILED", reason },
    });
    const digests = await tx.notificationDigest.findMany({
      where: { emailBatchId: batchId, sentAt: null },
      select: { id: true },
    });
    if (digests.length) {
      await tx.notificationDigest.updateMany({
        where: { id: { in: digests.map((digest) => digest.id) } },
        data: { reason },
      });
      await tx.notification.updateMany({
        where: { digestId: { in: digests.map((digest) => digest.id) } },
        data: { digestId: null },
      });
    }
    return { failed: count + digests.length };
  });
}
