import { withdrawInviteAction } from "@/app/teams/actions";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/time";
import type { TPendingInvite } from "@/lib/teams/queries/get-team-management";

export function PendingInvitesList({
  invites,
  now,
  timeZone,
}: {
  invites: TPendingInvite[];
  now: Date;
  timeZone: string;
}) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-zinc-800">Pending invites</h3>
      {invites.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-600">
          No invites waiting for an answer. Invited players show up here until they accept or decline.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-100 rounded-lg border border-zinc-200">
          {invites.map((invite) => (
            <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-zinc-900">
                  {invite.invitee.name}
                  {invite.invitee.username ? (
                    <span className="ml-1.5 font-normal text-zinc-500">@{invite.invitee.username}</span>
                  ) : null}
                </p>
                <p className="text-xs text-zinc-500">
                  Invited by {invite.invitedBy} <RelativeTime value={invite.createdAt} now={now} timeZone={timeZone} />
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {invite.isExpired ? (
                  <Badge tone="danger">Expired — invite again</Badge>
                ) : (
                  <span className="text-xs text-zinc-600">
                    Expires <RelativeTime value={invite.expiresAt} now={now} timeZone={timeZone} />
                  </span>
                )}
                <ActionButton
                  action={withdrawInviteAction.bind(null, { inviteId: invite.id })}
                  label="Withdraw"
                  subject={`the invite to ${invite.invitee.name}`}
                  pendingLabel="Withdrawing…"
                  successMessage="Invite withdrawn."
                  variant="ghost"
                  confirm={{
                    question: `Withdraw the invite to ${invite.invitee.name}? They can no longer accept it.`,
                    confirmLabel: "Withdraw invite",
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
