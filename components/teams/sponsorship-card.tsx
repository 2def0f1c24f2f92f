// The captain's side of sponsorships: apply, and see what still waits for an admin or was turned down.
import { Card } from "@/components/ui/card";
import { EnumBadge } from "@/components/ui/enum-badge";
import { SPONSOR_STATUS } from "@/components/ui/enum-display";
import { formatDateTime } from "@/lib/format/format-date-time";
import type { TSponsorApplication } from "@/lib/teams/queries/get-team-management";
import { SponsorshipForm } from "./sponsorship-form";

export function SponsorshipCard({
  teamId,
  applications,
  timeZone,
}: {
  teamId: string;
  applications: TSponsorApplication[];
  timeZone: string;
}) {
  const day = (value: Date) => formatDateTime(value, timeZone, { withTime: false });
  return (
    <Card
      title="Sponsorship applications"
      headingId="sponsorship-heading"
      description="An admin approves each sponsorship before it shows on the team page; the team hears when it does."
    >
      <div className="space-y-5">
        <SponsorshipForm teamId={teamId} />
        {applications.length ? (
          <ul aria-label="Your applications" className="divide-y divide-zinc-100 text-sm">
            {applications.map((application) => (
              <li key={application.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{application.name}</span>{" "}
                  <span className="text-zinc-500">
                    {day(application.startsAt)} – {day(application.endsAt)}
                  </span>
                </span>
                <EnumBadge display={SPONSOR_STATUS} value={application.status} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Card>
  );
}
