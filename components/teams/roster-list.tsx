import { transferCaptaincyAction, leaveTeamAction } from "@/app/teams/actions";
import type { TTeamProfile } from "@/lib/teams/queries/get-team-profile";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RemoveMemberButton } from "./remove-member-button";
import { RoleBadge } from "./role-badge";

/**
 * The roster. The captain (or an admin) hands the captaincy over or removes a member; a member
 * leaves from their own row — a captain hands over first, which their row says.
 */
export function RosterList({
  team,
  roster,
  canManage,
  viewerId,
}: {
  team: { id: string; name: string };
  roster: TTeamProfile["roster"];
  canManage: boolean;
  viewerId: string | null;
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
          {roster.map((member) => {
            const isViewer = member.userId === viewerId;
            return (
              <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2.5">
                <div className="min-w-0">
                  <p className="font-medium text-zinc-900">
                    {member.name}
                    {isViewer ? <span className="ml-1.5 text-sm font-normal text-zinc-500">(you)</span> : null}
                  </p>
                  {member.username ? <p className="text-xs text-zinc-500">@{member.username}</p> : null}
                  {isViewer && member.isCaptain ? (
                    <p className="text-xs text-zinc-500">To leave, hand the captaincy to another member first.</p>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <RoleBadge role={member.role} />
                  {canManage && !member.isCaptain ? (
                    <>
                      <ActionButton
                        action={transferCaptaincyAction.bind(null, { teamId: team.id, userId: member.userId })}
                        label="Make captain"
                        subject={member.name}
                        pendingLabel="Handing over…"
                        successMessage={`${member.name} is now the captain.`}
                        variant="ghost"
                        confirm={{
                          question: `Make ${member.name} the captain of ${team.name}? You stay on the team as a player.`,
                          confirmLabel: "Hand over captaincy",
                        }}
                      />
                      <RemoveMemberButton teamId={team.id} userId={member.userId} memberName={member.name} />
                    </>
                  ) : null}
                  {isViewer && !member.isCaptain ? (
                    <ActionButton
                      action={leaveTeamAction.bind(null, { teamId: team.id })}
                      label="Leave team"
                      subject={team.name}
                      pendingLabel="Leaving…"
                      successMessage={`You left ${team.name}.`}
                      variant="danger"
                      confirm={{
                        question: `Leave ${team.name}? The captain would have to invite you again.`,
                        confirmLabel: "Leave team",
                      }}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
