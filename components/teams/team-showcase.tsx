// The team's public extras: achievements, running sponsors, current and coming promotions.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/time";
import { ACHIEVEMENT_KIND } from "@/lib/teams/achievement-kinds";
import type { TTeamProfile } from "@/lib/teams/queries/get-team-profile";

export function AchievementsCard({ achievements }: { achievements: TTeamProfile["achievements"] }) {
  return (
    <Card title="Achievements" headingId="achievements-heading">
      {achievements.length === 0 ? (
        <p className="text-sm text-zinc-600">No trophies yet. Finishing in the top three of a tournament earns one.</p>
      ) : (
        <ul className="space-y-2">
          {achievements.map((achievement) => {
            const label = ACHIEVEMENT_KIND[achievement.kind];
            return (
              <li key={achievement.id} className="flex gap-2 text-sm">
                <span aria-hidden>{label.icon}</span>
                <span>
                  {label.prefix}{" "}
                  <Link
                    href={`/tournaments/${achievement.tournament.slug}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {achievement.tournament.name}
                  </Link>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

export function SponsorsCard({ sponsors, timeZone }: { sponsors: TTeamProfile["sponsors"]; timeZone: string }) {
  return (
    <Card title="Sponsors" headingId="sponsors-heading">
      {sponsors.length === 0 ? (
        <p className="text-sm text-zinc-600">No active sponsors right now.</p>
      ) : (
        <ul className="space-y-2">
          {sponsors.map((sponsor) => (
            <li key={sponsor.id} className="text-sm">
              {sponsor.websiteUrl ? (
                <a
                  href={sponsor.websiteUrl}
                  rel="noopener noreferrer nofollow sponsored"
                  target="_blank"
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {sponsor.name}
                  <span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <span className="font-medium">{sponsor.name}</span>
              )}
              <p className="text-xs text-zinc-500">
                Until <DateTime value={sponsor.endsAt} timeZone={timeZone} withTime={false} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function PromotionsCard({ promotions, timeZone }: { promotions: TTeamProfile["promotions"]; timeZone: string }) {
  return (
    <Card title="Promotions" headingId="promotions-heading">
      {promotions.length === 0 ? (
        <p className="text-sm text-zinc-600">No promotions running or planned.</p>
      ) : (
        <ul className="space-y-3">
          {promotions.map((promotion) => (
            <li key={promotion.id} className="text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{promotion.title}</span>
                {promotion.isLive ? <Badge tone="success">Live now</Badge> : <Badge tone="brand">Coming up</Badge>}
              </div>
              {promotion.description ? <p className="mt-0.5 text-zinc-600">{promotion.description}</p> : null}
              <p className="mt-0.5 text-xs text-zinc-500">
                {promotion.isLive ? (
                  <>
                    Until <DateTime value={promotion.endsAt} timeZone={timeZone} />
                  </>
                ) : (
                  <>
                    Starts <DateTime value={promotion.startsAt} timeZone={timeZone} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
