// A cheap existence check by slug, for the team route's layout: it runs before the page's loading
// boundary starts streaming, so an unknown slug answers a real HTTP 404 rather than a 200 page.
import { db } from "@/lib/db";

export async function teamExists(slug: string): Promise<boolean> {
  return (await db.team.count({ where: { slug } })) > 0;
}
