// What one provider batch did to each of its members, recorded in one transaction: notification
// deliveries SENT (with the provider's id) / FAILED (with its reason) / SKIPPED (no address), digests
// sent (their notifications stay theirs) or refused (their notifications are released, so the next
// digest can carry them), and the batch itself SENT.
import { db } from "@/lib/db";
import type { TEmailOutcome } from "@/lib/mail/send-emails";
import type { TBatchMember } from "./render-batch-emails";

/** Shown when the provider answered a repeated call without ids (the first call's answer was lost). */
const SENT_EARLIER = "sent on an earlier attempt whose answer was lost";

export async function recordEmailOutcomes(
  batchId: string,
  outcomes: Map<TBatchMember, TEmailOutcome | undefined>,
  skipped: TBatchMember[],
): Promise<void> {
  const now = new Date();
  const entries = [...outcomes.entries()];
  const sent = entries.filter(
    (entry): entry is [TBatchMember, Extract<TEmailOutcome, { status: "sent" }>] => entry[1]?.status === "sent",
  );
  const failed = entries
    .filter((entry) => entry[1]?.status !== "sent")
    .map(([member, outcome]) => ({
      member,
      reason: outcome?.status === "failed" ? outcome.reason : "the provider did not answer for this email",
    }));
  const deliveries = <T extends { member: TBatchMember }>(rows: T[]) =>
    rows.filter((row) => row.member.kind === "delivery");
  const digests = <T extends { member: TBatchMember }>(rows: T[]) => rows.filter((row) => row.member.kind === "digest");
  const sentRows = sent.map(([member, outcome]) => ({ member, providerMessageId: outcome.providerMessageId }));

  await db.$transaction(async (tx) => {
    const sentDeliveries = deliveries(sentRows);
    if (sentDeliveries.length) {
      await tx.$executeRaw`
        UPDATE "Delivery" d SET status = 'SENT', "sentAt" = ${now}, "providerMessageId" = s.provider_id, attempts = d.attempts + 1,
          reason = CASE WHEN s.provider_id IS NULL THEN ${SENT_EARLIER} END, "updatedAt" = ${now}
        FROM unnest(${sentDeliveries.map((row) => row.member.id)}::text[], ${sentDeliveries.map((row) => row.providerMessageId)}::text[]) AS s(id, provider_id)
        WHERE d.id = s.id`;
    }
    const failedDeliveries = deliveries(failed);
    if (failedDeliveries.length) {
      await tx.$executeRaw`
        UPDATE "Delivery" d SET status = 'FAILED', reason = left(f.reason, 500), attempts = d.attempts + 1, "updatedAt" = ${now}
        FROM unnest(${failedDeliveries.map((row) => row.member.id)}::text[], ${failedDeliveries.map((row) => row.reason)}::text[]) AS f(id, reason)
        WHERE d.id = f.id`;
    }
    const skippedDeliveries = skipped.filter((member) => member.kind === "delivery").map((member) => member.id);
    if (skippedDeliveries.length) {
      await tx.delivery.updateMany({
        where: { id: { in: skippedDeliveries } },
        data: { status: "SKIPPED", reason: "no email address" },
      });
    }

    const sentDigests = digests(sentRows).map((row) => row.member.id);
    if (sentDigests.length) {
      await tx.$executeRaw`
        UPDATE "NotificationDigest" g SET "sentAt" = ${now}, "notificationCount" = (SELECT count(*)::int FROM "Notification" n WHERE n."digestId" = g.id)
        WHERE g.id = ANY(${sentDigests}::text[])`;
    }
    const unsentDigests = [
      ...digests(failed),
      ...skipped.filter((member) => member.kind === "digest").map((member) => ({ member, reason: "no email address" })),
    ];
    for (const { member, reason } of unsentDigests) {
      await tx.notificationDigest.update({ where: { id: member.id }, data: { reason: reason.slice(0, 500) } });
    }
    if (unsentDigests.length) {
      await tx.notification.updateMany({
        where: { digestId: { in: unsentDigests.map((row) => row.member.id) } },
        data: { digestId: null },
      });
    }
    await tx.emailBatch.update({ where: { id: batchId }, data: { status: "SENT", sentAt: now, reason: null } });
  });
}
