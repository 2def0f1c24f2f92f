import { formatDateTime } from "@/lib/format/format-date-time";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { InviteForm } from "@/components/teams/invite-form";
import { PendingInvitesList } from "@/components/teams/pending-invites-list";
import { RosterList } from "@/components/teams/roster-list";
import { SponsorshipCard } from "@/components/teams/sponsorship-card";
import { RankingsFreshness } from "@/components/leaderboard/rankings-freshness";
import { TeamHeader } from "@/components/teams/team-header";
import { TeamMatches } from "@/components/teams/team-matches";
import { AchievementsCard, PromotionsCard, SponsorsCard } from "@/components/teams/team-showcase";
import { WebhookForm } from "@/components/teams/webhook-form";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { getRankingsFreshness } from "@/lib/rankings/get-rankings-freshness";
import { MuteMenu } from "@/components/notifications/mute-menu";
import { listMutes } from "@/lib/notifications/mutes/list-mutes";
import { getTeamManagement } from "@/lib/teams/queries/get-team-management";
import { getTeamProfile } from "@/lib/teams/queries/get-team-profile";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }> };

// One query per request for both the metadata and the page.
const loadTeam = cache((slug: string) => getTeamProfile(slug));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const team = await loadTeam((await params).slug);
  return { title: team ? `${team.name} [${team.tag}]` : "Team not found" };
}

export default async function TeamPage({ params }: TProps) {
  const { slug } = await params;
  const [team, viewer] = await Promise.all([loadTeam(slug), getSessionUser()]);
  if (!team) notFound();

  const now = new Date();
  // Permission decided in the read model: null unless the viewer is this team's captain or an admin.
  const [management, timeZone, freshness, mutes] = await Promise.all([
    getTeamManagement(viewer, team, now),
    getViewerTimeZone(viewer?.id),
    getRankingsFreshness(team.id),
    viewer ? listMutes(viewer.id, { teamId: team.id }, now) : [],
  ]);
  const captain = team.roster.find((member) => member.isCaptain);

  return (
    <div className="space-y-6">
      <TeamHeader
        team={team}
        captainBalance={
          management
            ? {
                amount: management.captainBalance,
                captainName: captain?.name ?? "The captain",
                isOwn: viewer?.id === team.captainId,
              }
            : null
        }
      />
      <RankingsFreshness freshness={freshness} timeZone={timeZone} className="-mt-3" />

      {viewer ? (
        <div>
          <MuteMenu target={{ teamId: team.id }} name={team.name} isMuted={mutes.length > 0} />
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <RosterList team={team} roster={team.roster} canManage={Boolean(management)} viewerId={viewer?.id ?? null} />
          {management ? (
            <Card
              title="Invite players"
              headingId="invite-heading"
              description="Invited players get a notification and have 7 days to accept."
            >
              <div className="space-y-5">
                <InviteForm teamId={team.id} teamName={team.name} />
                <PendingInvitesList invites={management.pendingInvites} now={now} timeZone={timeZone} />
              </div>
            </Card>
          ) : null}
          <TeamMatches recent={team.recentMatches} upcoming={team.upcomingMatches} timeZone={timeZone} />
        </div>
        <div className="space-y-6">
          {management ? (
            <Card
              title="Discord webhook"
              headingId="webhook-heading"
              description="Post this team's news to your own Discord channel."
            >
              <WebhookForm
                teamId={team.id}
                maskedUrl={management.webhook?.maskedUrl ?? null}
                broken={
                  management.webhook?.broken
                    ? {
                        since: formatDateTime(management.webhook.broken.at, timeZone),
                        lastError: management.webhook.broken.lastError,
                      }
                    : null
                }
              />
            </Card>
          ) : null}
          <AchievementsCard achievements={team.achievements} />
          <SponsorsCard sponsors={team.sponsors} timeZone={timeZone} />
          {management ? (
            <SponsorshipCard teamId={team.id} applications={management.sponsorApplications} timeZone={timeZone} />
          ) : null}
          <PromotionsCard promotions={team.promotions} timeZone={timeZone} />
        </div>
      </div>
    </div>
  );
}
