import type { TTeamProfile } from "@/lib/teams/queries/get-team-profile";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RemoveMemberButton } from "./remove-member-button";
import { RoleBadge } from "./role-badge";

export function RosterList({
  teamId,
  roster,
  canManage,
}: {
  teamId: string;
  roster: TTeamProfile["roster"];
  canManage: boolean;
}) {
  return (
    <Card
      title="Roster"
      headingId="roster-heading"
      description={`${roster.length} ${roster.length === 1 ? "member" : "members"}`}
    >
      {roster.length === 0 ? (
        <EmptyState title="No members yet">The captain invites players by email or username.</EmptyState>
      ) : (
        <ul className="-my-2 divide-y divide-zinc-100">
          {roster.map((member) => (
            <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
              <div className="min-w-0">
                <p className="font-medium text-zinc-900">{member.name}</p>
                {member.username ? <p className="text-xs text-zinc-500">@{member.username}</p> : null}
              </div>
              <div className="flex items-center gap-2">
                <RoleBadge role={member.role} />
                {canManage && !member.isCaptain ? (
                  <RemoveMemberButton teamId={teamId} userId={member.userId} memberName={member.name} />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
