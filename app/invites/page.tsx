import type { Metadata } from "next";
import { OpenInvites, type TOpenInvite } from "@/components/teams/open-invites";
import { PastInvites } from "@/components/teams/past-invites";
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatRelativeTime } from "@/lib/format/format-relative-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { listInvitesForUser } from "@/lib/teams/queries/list-invites-for-user";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Team invites" };
export const dynamic = "force-dynamic";

const EXPIRING_SOON_MS = 24 * 60 * 60 * 1000;

export default async function InvitesPage() {
  const user = await requireUserOrRedirect("/invites");
  const now = new Date();
  const [{ open, past }, timeZone] = await Promise.all([listInvitesForUser(user.id, now), getViewerTimeZone(user.id)]);
  const openInvites: TOpenInvite[] = open.map((invite) => ({
    id: invite.id,
    team: invite.team,
    invitedBy: invite.invitedBy,
    sentLabel: formatRelativeTime(invite.createdAt, now),
    expiresLabel: formatRelativeTime(invite.expiresAt, now),
    expiresAt: invite.expiresAt.toISOString(),
    expiresTitle: formatDateTime(invite.expiresAt, timeZone),
    isExpiringSoon: invite.expiresAt.getTime() - now.getTime() < EXPIRING_SOON_MS,
  }));

  return (
    <div className="space-y-8">
      <PageHeader
        title="Team invites"
        description="Join a team by accepting its captain's invite. Invites expire 7 days after they are sent."
      />
      <section aria-labelledby="open-invites-heading" className="space-y-3">
        <h2 id="open-invites-heading" className="text-lg font-semibold">
          Waiting for your answer
        </h2>
        <OpenInvites invites={openInvites} />
      </section>
      <section aria-labelledby="past-invites-heading" className="space-y-3">
        <h2 id="past-invites-heading" className="text-lg font-semibold">
          Past invites
        </h2>
        <PastInvites invites={past} now={now} timeZone={timeZone} />
      </section>
    </div>
  );
}
