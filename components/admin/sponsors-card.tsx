// Sponsorships waiting for a decision (approve / reject), and the latest decisions.
import { approveSponsorAction, rejectSponsorAction } from "@/app/admin/actions";
import { EnumBadge } from "@/components/ui/enum-badge";
import { RelativeTime } from "@/components/ui/time";
import { SPONSOR_STATUS } from "@/components/ui/enum-display";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TAdminSponsors } from "@/lib/admin/get-admin-sponsors";
import { ActionButton } from "@/components/ui/action-button";
import { formatDateTime } from "@/lib/format/format-date-time";

export function SponsorsCard({ sponsors, timeZone }: { sponsors: TAdminSponsors["sponsors"]; timeZone: string }) {
  return (
    <Card
      headingId="sponsors"
      title="Sponsors"
      description="Approve a sponsorship to show it on the team page and tell the team; rejecting tells nobody."
    >
      {sponsors.pending.length === 0 ? (
        <EmptyState title="No sponsorships waiting">
          New sponsorship requests from teams appear here for approval.
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {sponsors.pending.map((sponsor) => (
            <li
              key={sponsor.id}
              aria-labelledby={`sponsor-${sponsor.id}`}
              className="rounded-lg border border-zinc-200 p-4"
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p id={`sponsor-${sponsor.id}`} className="font-semibold">
                    {sponsor.name} <span className="font-normal text-zinc-600">for {sponsor.team.name}</span>
                  </p>
                  <p className="text-sm text-zinc-600">
                    {formatDateTime(sponsor.startsAt, timeZone, { withTime: false })} –{" "}
                    {formatDateTime(sponsor.endsAt, timeZone, { withTime: false })}
                    {sponsor.websiteUrl ? (
                      <>
                        {" · "}
                        <a
                          href={sponsor.websiteUrl}
                          rel="noopener noreferrer nofollow"
                          target="_blank"
                          className="break-words text-brand-700 underline underline-offset-2 hover:text-brand-600"
                        >
                          {sponsor.websiteUrl.replace(/^https?:\/\//, "")}
                        </a>
                      </>
                    ) : null}
                  </p>
                  <p className="text-xs text-zinc-500">
                    Requested <RelativeTime value={sponsor.createdAt} timeZone={timeZone} />
                  </p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <ActionButton
                    action={approveSponsorAction.bind(null, { sponsorId: sponsor.id })}
                    label="Approve"
                    subject={sponsor.name}
                    pendingLabel="Approving…"
                    successMessage="Approved."
                    variant="primary"
                  />
                  <ActionButton
                    action={rejectSponsorAction.bind(null, { sponsorId: sponsor.id })}
                    label="Reject"
                    subject={sponsor.name}
                    pendingLabel="Rejecting…"
                    successMessage="Rejected."
                    variant="danger"
                    confirm={{
                      question: `Reject ${sponsor.name}’s sponsorship of ${sponsor.team.name}? This cannot be undone.`,
                      confirmLabel: "Reject sponsorship",
                    }}
                  />
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {sponsors.decided.length ? (
        <div className="mt-5">
          <h3 className="text-sm font-medium text-zinc-700">Latest decisions</h3>
          <ul className="mt-2 divide-y divide-zinc-200 text-sm">
            {sponsors.decided.map((sponsor) => (
              <li key={sponsor.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  {sponsor.name} <span className="text-zinc-500">for {sponsor.team.name}</span>
                </span>
                <span className="flex items-center gap-2 text-xs text-zinc-500">
                  <RelativeTime value={sponsor.updatedAt} timeZone={timeZone} />{" "}
                  <EnumBadge display={SPONSOR_STATUS} value={sponsor.status} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
