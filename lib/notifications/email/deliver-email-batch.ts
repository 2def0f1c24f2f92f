// The send-email-batch step: one provider call for one batch (its members fixed when it was
// planned), under the idempotency key `email-batch-<id>` — a retried call after a lost answer
// delivers nothing twice, and Resend answers it with the first call's ids. Then every member's
// outcome is recorded: SENT with the provider's message id, FAILED with the provider's reason, or
// SKIPPED when the recipient has no address any more. A failed call leaves the members PENDING and
// throws (retry after the provider's retry-after, or with backoff); giving up is failEmailBatch's.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendEmails, type TEmailOutcome } from "@/lib/mail/send-emails";
import { recordEmailOutcomes } from "./record-email-outcomes";
import { renderBatchEmails, type TBatchEmail } from "./render-batch-emails";

export type TDeliverEmailBatchResult = {
  status: "sent" | "already_done";
  sent: number;
  failed: number;
  skipped: number;
};

export async function deliverEmailBatch(batchId: string): Promise<TDeliverEmailBatchResult> {
  const batch = await db.emailBatch.findUnique({ where: { id: batchId }, select: { status: true } });
  if (!batch) throw new AppError("NOT_FOUND", `Email batch ${batchId} does not exist.`);
  if (batch.status !== "PENDING") return { status: "already_done", sent: 0, failed: 0, skipped: 0 };

  const members = await renderBatchEmails(batchId);
  const sendable = members.filter(
    (member): member is TBatchEmail & { email: NonNullable<TBatchEmail["email"]> } => member.email !== null,
  );
  await db.emailBatch.update({ where: { id: batchId }, data: { attempts: { increment: 1 } } });

  let outcomes: TEmailOutcome[];
  try {
    outcomes = await sendEmails(
      sendable.map((member) => member.email),
      `email-batch-${batchId}`,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      // Only a call that succeeded stores its key: these emails went out on an earlier attempt,
      // whose answer was lost, and something in them changed since (a new address or name).
      outcomes = sendable.map(() => ({ status: "sent", providerMessageId: null }));
    } else {
      await db.emailBatch.update({
        where: { id: batchId },
        data: { reason: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
      });
      throw error;
    }
  }

  const results = new Map(sendable.map((member, index) => [member.member, outcomes[index]] as const));
  const skipped = members.filter((member) => member.email === null).map((member) => member.member);
  await recordEmailOutcomes(batchId, results, skipped);
  return {
    status: "sent",
    sent: outcomes.filter((outcome) => outcome?.status === "sent").length,
    failed: outcomes.filter((outcome) => outcome?.status === "failed").length,
    skipped: skipped.length,
  };
}
