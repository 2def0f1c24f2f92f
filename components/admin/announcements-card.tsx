// Announcements: write one (reviewed before it goes), and the latest ones with their delivery so far.
import { Card } from "@/components/ui/card";
import type { TAdminAnnouncements } from "@/lib/admin/get-admin-announcements";
import { AnnouncementForm } from "./announcement-form";
import { AnnouncementList } from "./announcement-list";

export function AnnouncementsCard({ section, timeZone }: { section: TAdminAnnouncements; timeZone: string }) {
  const { announcements, teams, tournaments } = section;
  return (
    <Card
      headingId="announcements"
      title="Announcements"
      description="Sent in the app (and by email or Discord where players chose so) to everyone, a team, or every team of a tournament."
    >
      <AnnouncementForm teams={teams} tournaments={tournaments} />
      <h3 className="mt-6 text-sm font-medium text-zinc-700">Recent announcements</h3>
      <AnnouncementList announcements={announcements} timeZone={timeZone} />
    </Card>
  );
}
