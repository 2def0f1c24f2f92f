// The Sponsors & promotions tab's badge on every dashboard section: how many sponsorships wait for
// an admin's decision. Admins only; one count.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function countPendingSponsors(actor: TActor): Promise<number> {
  assertAdmin(actor);
  return db.teamSponsor.count({ where: { status: "PENDING" } });
}
