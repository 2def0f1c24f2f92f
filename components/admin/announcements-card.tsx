// Announcements: write one (with its recipient count first), and the latest ones sent.
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/time";
import type { TAdminAnnouncements } from "@/lib/admin/get-admin-announcements";
import { AnnouncementForm } from "./announcement-form";

const AUDIENCE = { ALL: "Everyone", TEAM: "Team", TOURNAMENT: "Tournament" } as const;

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
      {announcements.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-600">Nothing announced yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-200">
          {announcements.map((announcement) => (
            <li key={announcement.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3">
              <div className="min-w-0 flex-1 basis-56">
                <p className="break-words font-medium">{announcement.title}</p>
                <p className="text-xs text-zinc-500">
                  {AUDIENCE[announcement.audience]}
                  {announcement.targetName ? `: ${announcement.targetName}` : ""} · by{" "}
                  {announcement.createdBy.name ?? "an admin"}
                </p>
              </div>
              <p className="text-right text-xs text-zinc-600">
                <span className="font-semibold text-zinc-800">
                  {(announcement.recipientCount ?? 0).toLocaleString("en-US")}
                </span>{" "}
                recipients
                <br />
                {announcement.sentAt ? (
                  <>
                    sent <RelativeTime value={announcement.sentAt} timeZone={timeZone} />
                  </>
                ) : (
                  <>
                    <span className="font-medium text-amber-800">Queued — not delivered yet</span>
                    <br />
                    created <RelativeTime value={announcement.createdAt} timeZone={timeZone} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
