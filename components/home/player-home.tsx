// The signed-in home page's own part: invites waiting for an answer and the team's next match,
// each with where to act — or what to do when there is nothing.
import Link from "next/link";
import { CalendarClock, UserPlus } from "lucide-react";
import { DateTime, RelativeTime } from "@/components/ui/time";
import type { TPlayerHome } from "@/lib/teams/queries/get-player-home";

const LINK = "font-medium text-brand-700 underline underline-offset-2";

export function PlayerHome({ home, timeZone }: { home: TPlayerHome; timeZone: string }) {
  const { openInvites, openInviteCount, nextMatch, team } = home;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section
        aria-labelledby="next-match-heading"
        className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm"
      >
        <h2 id="next-match-heading" className="flex items-center gap-2 text-lg font-semibold">
          <CalendarClock aria-hidden className="size-5 text-brand-600" /> Your next match
        </h2>
        {nextMatch ? (
          <div className="mt-3 space-y-1" data-testid="next-match">
            <p className="font-medium">
              {team?.name} vs{" "}
              <Link href={`/teams/${nextMatch.opponent.slug}`} className={LINK}>
                {nextMatch.opponent.name}
              </Link>
            </p>
            <p className="text-sm text-zinc-600">
              <DateTime value={nextMatch.scheduledAt} timeZone={timeZone} /> (
              <RelativeTime value={nextMatch.scheduledAt} timeZone={timeZone} />)
            </p>
            <p className="text-sm text-zinc-600">
              Round {nextMatch.round} of{" "}
              <Link href={`/tournaments/${nextMatch.tournament.slug}`} className={LINK}>
                {nextMatch.tournament.name}
              </Link>
            </p>
          </div>
        ) : (
          <p className="mt-3 text-sm text-zinc-600">
            {team ? (
              <>
                {team.name} has no match scheduled. Find a tournament on the{" "}
                <Link href="/tournaments" className={LINK}>
                  tournaments page
                </Link>
                .
              </>
            ) : (
              <>
                No team, no matches yet.{" "}
                <Link href="/teams" className={LINK}>
                  Create a team
                </Link>{" "}
                or answer an invite.
              </>
            )}
          </p>
        )}
      </section>
      <section aria-labelledby="invites-heading" className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
        <h2 id="invites-heading" className="flex items-center gap-2 text-lg font-semibold">
          <UserPlus aria-hidden className="size-5 text-brand-600" /> Invites waiting for you
          {openInviteCount ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {openInviteCount}
            </span>
          ) : null}
        </h2>
        {openInvites.length ? (
          <ul className="mt-3 divide-y divide-zinc-100" data-testid="home-invites">
            {openInvites.map((invite) => (
              <li key={invite.id} className="py-2.5">
                <p className="font-medium">{invite.teamName}</p>
                <p className="text-xs text-zinc-600">
                  from {invite.invitedBy} · expires <RelativeTime value={invite.expiresAt} timeZone={timeZone} />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-zinc-600">
            No invites waiting. Captains invite players from their team page.
          </p>
        )}
        {openInviteCount ? (
          <Link href="/invites" className={`mt-2 inline-block text-sm ${LINK}`}>
            Answer {openInviteCount === 1 ? "the invite" : `all ${openInviteCount} invites`}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
