import type { Metadata } from "next";
import Link from "next/link";
import { Shield, Trophy, Users } from "lucide-react";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { getPlayerTeam } from "@/lib/teams/queries/get-player-team";

export const metadata: Metadata = { title: "My team" };
export const dynamic = "force-dynamic";

// A player's way to their team: its page when they are on one, else the form to create one. Every
// team is listed on the leaderboard.
export default async function TeamsPage() {
  const user = await requireUserOrRedirect("/teams");
  const team = await getPlayerTeam(user.id);

  return (
    <div className="space-y-6">
      <PageHeader
        title="My team"
        description={
          <>
            A player plays for one team at a time. Every team is on the{" "}
            <Link href="/leaderboard" className="font-medium text-brand-700 underline-offset-2 hover:underline">
              leaderboard
            </Link>
            .
          </>
        }
      />
      {team ? (
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-4">
            <div className="flex items-center gap-3">
              {team.isCaptain ? (
                <Shield aria-hidden className="size-6 text-brand-600" />
              ) : (
                <Users aria-hidden className="size-6 text-brand-600" />
              )}
              <p className="text-zinc-800">
                You play for <strong>{team.name}</strong>{" "}
                <span className="font-mono text-sm text-zinc-500">[{team.tag}]</span>
                {team.isCaptain ? " as its captain." : "."}
              </p>
            </div>
            <Link
              href={`/teams/${team.slug}`}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Go to {team.name}
            </Link>
          </div>
        </Card>
      ) : (
        <Card
          title="Create a team"
          headingId="create-team-heading"
          description="You become its captain: invite players, register for tournaments and apply for sponsors."
        >
          <CreateTeamForm />
          <p className="mt-5 flex items-start gap-2 text-sm text-zinc-600">
            <Trophy aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-400" />
            <span>
              Rather join an existing team? Ask its captain to invite you; invites wait for you on{" "}
              <Link href="/invites" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                Team invites
              </Link>
              .
            </span>
          </p>
        </Card>
      )}
    </div>
  );
}
