// Sponsorships whose end date passed (APPROVED or ACTIVE) become EXPIRED. One statement; idempotent.
import { db } from "@/lib/db";

export async function expireSponsors(now = new Date()): Promise<{ expiredCount: number }> {
  const { count } = await db.teamSponsor.updateMany({
    where: { status: { in: ["APPROVED", "ACTIVE"] }, endsAt: { lte: now } },
    data: { status: "EXPIRED" },
  });
  return { expiredCount: count };
}
