// The dashboard's Sponsors & promotions section: sponsorships waiting for a decision (with a safe
// link to their site), the latest decided, the scheduled and running promotions, and the teams the
// promotion form can pick. Admins only.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toExternalLink } from "@/lib/links/safe-link";

const RECENTLY_DECIDED_SPONSORS = 5;

export type TAdminSponsors = Awaited<ReturnType<typeof getAdminSponsors>>;

export async function getAdminSponsors(actor: TActor) {
  assertAdmin(actor);
  const [pending, decided, promotions, teams] = await Promise.all([
    db.teamSponsor.findMany({
      where: { status: "PENDING" },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        name: true,
        websiteUrl: true,
        startsAt: true,
        endsAt: true,
        createdAt: true,
        team: { select: { name: true, slug: true } },
      },
    }),
    db.teamSponsor.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { updatedAt: "desc" },
      take: RECENTLY_DECIDED_SPONSORS,
      select: {
        id: true,
        name: true,
        status: true,
        startsAt: true,
        endsAt: true,
        updatedAt: true,
        team: { select: { name: true } },
      },
    }),
    db.teamPromotion.findMany({
      where: { status: { in: ["SCHEDULED", "ACTIVE"] } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        startsAt: true,
        endsAt: true,
        team: { select: { name: true } },
      },
    }),
    db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    sponsors: {
      pending: pending.map((sponsor) => ({ ...sponsor, websiteUrl: toExternalLink(sponsor.websiteUrl) })),
      decided,
    },
    promotions,
    teams,
  };
}
