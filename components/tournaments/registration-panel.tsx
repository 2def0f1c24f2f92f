// The tournament page's sign-up for a captain while registration is open: register the team, or
// withdraw it (asked first) until the tournament starts. Other viewers are told who can sign up.
import Link from "next/link";
import { registerTeamAction, withdrawRegistrationAction } from "@/app/teams/actions";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import type { TPlayerTeam } from "@/lib/teams/queries/get-player-team";

export function RegistrationPanel({
  tournament,
  team,
  isSignedIn,
}: {
  tournament: { id: string; name: string; slug: string; isRegistered: boolean };
  /** The viewer's team, if they are on one. */
  team: TPlayerTeam | null;
  isSignedIn: boolean;
}) {
  const input = team ? { tournamentId: tournament.id, teamId: team.id } : null;
  return (
    <Card title="Registration" headingId="registration-heading">
      {team?.isCaptain && input ? (
        tournament.isRegistered ? (
          <div className="space-y-2 text-sm">
            <p className="text-zinc-700">
              <strong>{team.name}</strong> is registered. You can withdraw until the tournament starts.
            </p>
            <ActionButton
              key="withdraw"
              action={withdrawRegistrationAction.bind(null, input)}
              label={`Withdraw ${team.name}`}
              pendingLabel="Withdrawing…"
              successMessage={`${team.name} withdrew from ${tournament.name}.`}
              variant="danger"
              confirm={{
                question: `Withdraw ${team.name} from ${tournament.name}? Your team is told, and its spot is freed.`,
                confirmLabel: "Withdraw registration",
              }}
            />
          </div>
        ) : (
          <div className="space-y-2 text-sm">
            <p className="text-zinc-700">Sign your team up; its players are told once it is registered.</p>
            <ActionButton
              key="register"
              action={registerTeamAction.bind(null, input)}
              label={`Register ${team.name}`}
              pendingLabel="Registering…"
              successMessage={`${team.name} is registered for ${tournament.name}.`}
              variant="primary"
            />
          </div>
        )
      ) : (
        <p className="text-sm text-zinc-600">
          {team
            ? `${team.name}'s captain signs the team up while registration is open.`
            : isSignedIn
              ? "Team captains sign their team up while registration is open. "
              : "Captains sign in to register their team. "}
          {team ? null : isSignedIn ? (
            <Link href="/teams" className="font-medium text-brand-700 underline-offset-2 hover:underline">
              Create a team
            </Link>
          ) : (
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(`/tournaments/${tournament.slug}`)}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              Sign in
            </Link>
          )}
        </p>
      )}
    </Card>
  );
}
