// /admin/announcements — write an announcement (recipients counted, then reviewed before it goes)
// and the latest ones. The layout decides who may see it; the page checks again itself.
import type { Metadata } from "next";
import { AnnouncementsCard } from "@/components/admin/announcements-card";
import { getAdminAnnouncements } from "@/lib/admin/get-admin-announcements";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Announcements · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminAnnouncementsPage() {
  const user = await requireAdminOrForbidden("/admin/announcements");
  const [section, timeZone] = await Promise.all([getAdminAnnouncements(user), getViewerTimeZone(user.id)]);
  return <AnnouncementsCard section={section} timeZone={timeZone} />;
}
