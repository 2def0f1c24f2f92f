// PENDING team invites past their expiry (created + 7 days) become EXPIRED. One statement;
// running it again finds nothing to do.
import { db } from "@/lib/db";

export async function expireInvites(now = new Date()): Promise<{ expiredCount: number }> {
  const { count } = await db.teamInvite.updateMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    data: { status: "EXPIRED" },
  });
  return { expiredCount: count };
}
