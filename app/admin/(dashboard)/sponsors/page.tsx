// /admin/sponsors — sponsorships waiting for a decision (approve / reject) and promotions (schedule
// one, see what runs). The layout decides who may see it; the page checks again itself.
import type { Metadata } from "next";
import { PromotionsCard } from "@/components/admin/promotions-card";
import { SponsorsCard } from "@/components/admin/sponsors-card";
import { getAdminSponsors } from "@/lib/admin/get-admin-sponsors";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Sponsors & promotions · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminSponsorsPage() {
  const user = await requireAdminOrForbidden("/admin/sponsors");
  const [section, timeZone] = await Promise.all([getAdminSponsors(user), getViewerTimeZone(user.id)]);
  return (
    <div className="space-y-6">
      <SponsorsCard sponsors={section.sponsors} timeZone={timeZone} />
      <PromotionsCard promotions={section.promotions} teams={section.teams} timeZone={timeZone} />
    </div>
  );
}
