// The outbox as the admin sees it: how many committed events Inngest has not accepted yet, since
// when the oldest one waits, and the last error a send got (e.g. Inngest unreachable).
import { db } from "@/lib/db";
import { countPendingEvents } from "@/lib/events/relay-outbox";

export type TOutboxStatus = {
  pendingCount: number;
  oldestPending: { name: string; createdAt: Date; attempts: number; lastError: string | null } | null;
};

export async function getOutboxStatus(): Promise<TOutboxStatus> {
  const [pendingCount, oldestPending] = await Promise.all([
    countPendingEvents(),
    db.outboxEvent.findFirst({ where: { sentAt: null }, orderBy: { createdAt: "asc" }, select: { name: true, createdAt: true, attempts: true, lastError: true } }),
  ]);
  return { pendingCount, oldestPending };
}
