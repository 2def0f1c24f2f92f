// A cheap existence check by slug for the tournament route's layout (a real 404 before the page's
// loading boundary streams). Drafts exist only for admins, as on the page itself.
import { db } from "@/lib/db";

export async function tournamentExists(
  slug: string,
  { includeDrafts = false }: { includeDrafts?: boolean } = {},
): Promise<boolean> {
  return (await db.tournament.count({ where: { slug, ...(includeDrafts ? {} : { status: { not: "DRAFT" } }) } })) > 0;
}
