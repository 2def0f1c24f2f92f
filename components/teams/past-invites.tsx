import Link from "next/link";
import { EnumBadge } from "@/components/ui/enum-badge";
import { INVITE_STATUS } from "@/components/ui/enum-display";
import { formatDateTime } from "@/lib/format/format-date-time";
import { formatRelativeTime } from "@/lib/format/format-relative-time";
import type { TUserInvite } from "@/lib/teams/queries/list-invites-for-user";

function explain(invite: TUserInvite, now: Date, timeZone: string): string {
  switch (invite.status) {
    case "ACCEPTED":
      return invite.respondedAt ? `You accepted ${formatRelativeTime(invite.respondedAt, now)}.` : "You accepted it.";
    case "DECLINED":
      return invite.respondedAt ? `You declined ${formatRelativeTime(invite.respondedAt, now)}.` : "You declined it.";
    case "EXPIRED":
      return `It expired on ${formatDateTime(invite.expiresAt, timeZone, { withTime: false })} without an answer — invites last 7 days. Ask the captain to invite you again.`;
    case "CANCELLED":
      return "The team withdrew it.";
    case "PENDING":
      return "Waiting for your answer.";
  }
}

export function PastInvites({ invites, now, timeZone }: { invites: TUserInvite[]; now: Date; timeZone: string }) {
  if (invites.length === 0)
    return <p className="text-sm text-zinc-600">Invites you answered, and ones that expired, are kept here.</p>;
  return (
    <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white">
      {invites.map((invite) => (
        <li
          key={invite.id}
          className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4"
        >
          <div className="min-w-0">
            <p className="font-medium text-zinc-900">
              <Link
                href={`/teams/${invite.team.slug}`}
                className="underline-offset-2 hover:text-brand-700 hover:underline"
              >
                {invite.team.name}
              </Link>{" "}
              <span className="text-sm font-normal text-zinc-500">from {invite.invitedBy}</span>
            </p>
            <p className="text-sm text-zinc-600">{explain(invite, now, timeZone)}</p>
          </div>
          <div className="shrink-0">
            <EnumBadge display={INVITE_STATUS} value={invite.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
