// One tournament on the dashboard: status, dates, registrations, matches, placements, and the
// actions its status allows (publish bracket, post a result, complete; distribute payouts).
import Link from "next/link";
import { type ReactNode } from "react";
import { publishBracketAction, requestTournamentRankingsAction } from "@/app/admin/actions";
import { TournamentStatusBadge } from "@/components/tournaments/status-badge";
import { RelativeTime } from "@/components/ui/time";
import type { TAdminTournamentCard } from "@/lib/admin/get-admin-tournaments";
import { formatDateTime } from "@/lib/format/format-date-time";
import { placeLabel, prizeFor } from "@/lib/payouts/places";
import { ActionButton } from "@/components/ui/action-button";
import { CompleteTournamentForm } from "./complete-tournament-form";
import { PayoutHoldControls } from "./payout-hold-controls";
import { PayoutPanel } from "./payout-panel";
import { PostMatchResultForm } from "./post-match-result-form";
import { ScheduledMatchList } from "./scheduled-match-list";
import { ScheduleMatchesForm } from "./schedule-matches-form";

type TTournament = TAdminTournamentCard;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-zinc-800">{children}</dd>
    </div>
  );
}

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="group rounded-lg border border-zinc-200">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-lg px-4 py-2.5 text-sm font-semibold text-zinc-800 hover:bg-zinc-50">
        {summary}
        <span aria-hidden className="text-zinc-400 transition-transform group-open:rotate-90">
          ›
        </span>
      </summary>
      <div className="border-t border-zinc-200 p-4">{children}</div>
    </details>
  );
}

function OpenTournamentActions({ tournament, timeZone }: { tournament: TTournament; timeZone: string }) {
  const matchCount = tournament.scheduledMatches.length + tournament.completedMatchCount;
  const matches = tournament.scheduledMatches.map((match) => ({
    id: match.id,
    teamA: match.teamA.name,
    teamB: match.teamB.name,
    label: `Round ${match.round} · ${match.teamA.name} vs ${match.teamB.name}${match.scheduledAt ? ` · ${formatDateTime(match.scheduledAt, timeZone)}` : ""}`,
  }));
  return (
    <div className="space-y-3">
      {tournament.bracketPublishedAt ? null : matchCount > 0 ? (
        <div className="flex flex-wrap items-start gap-3 rounded-lg border border-zinc-200 p-4">
          <p className="min-w-0 flex-1 text-sm text-zinc-700">
            The bracket ({matchCount} {matchCount === 1 ? "match" : "matches"}) is not published yet. Publishing
            notifies every registered player.
          </p>
          <ActionButton
            action={publishBracketAction.bind(null, { tournamentId: tournament.id })}
            label="Publish bracket"
            pendingLabel="Publishing…"
            confirm={{
              question: `Publish ${tournament.name}'s bracket? Every registered player is told, and it cannot be taken back.`,
              confirmLabel: "Publish now",
            }}
            successMessage="Bracket published. Players are being notified."
            variant="primary"
          />
        </div>
      ) : (
        <p className="text-sm text-zinc-600">Schedule at least one match before publishing the bracket.</p>
      )}
      <Disclosure summary={matchCount === 0 ? "Schedule matches" : "Schedule another match"}>
        <ScheduleMatchesForm tournamentId={tournament.id} teams={tournament.teams} matchCount={matchCount} />
      </Disclosure>
      <Disclosure summary={`Post a match result (${matches.length} scheduled)`}>
        <PostMatchResultForm matches={matches} />
      </Disclosure>
      <Disclosure summary={`Reschedule or cancel a match (${matches.length} scheduled)`}>
        <ScheduledMatchList matches={matches} />
      </Disclosure>
      <Disclosure summary="Complete with final placements">
        <CompleteTournamentForm
          tournamentId={tournament.id}
          tournamentName={tournament.name}
          teams={tournament.teams}
        />
      </Disclosure>
    </div>
  );
}

export function TournamentCard({ tournament, timeZone }: { tournament: TTournament; timeZone: string }) {
  const headingId = `tournament-${tournament.id}`;
  const podium = tournament.placements
    .map((placement) => ({
      place: placement.place,
      teamName: placement.team.name,
      amount: prizeFor(tournament.prizes, placement.place),
    }))
    .filter((line) => line.amount > 0);
  const isOpen = tournament.status === "REGISTRATION" || tournament.status === "ONGOING";

  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold">
            {tournament.name}
          </h3>
          <p className="text-sm text-zinc-600">
            {tournament.game} ·{" "}
            <Link
              href={`/tournaments/${tournament.slug}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              Public page
            </Link>
          </p>
        </div>
        <TournamentStatusBadge status={tournament.status} />
      </header>

      <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-4">
        <Fact label="Starts">
          {tournament.startsAt ? formatDateTime(tournament.startsAt, timeZone, { withTime: false }) : "Not set"}
        </Fact>
        <Fact label="Registrations">
          {tournament.teams.length} {tournament.teams.length === 1 ? "team" : "teams"}
        </Fact>
        <Fact label="Matches">
          {tournament.completedMatchCount} played · {tournament.scheduledMatches.length} scheduled
        </Fact>
        <Fact label={tournament.status === "COMPLETED" ? "Completed" : "Bracket"}>
          {tournament.status === "COMPLETED" && tournament.completedAt ? (
            <RelativeTime value={tournament.completedAt} timeZone={timeZone} />
          ) : tournament.bracketPublishedAt ? (
            <>
              Published <RelativeTime value={tournament.bracketPublishedAt} timeZone={timeZone} />
            </>
          ) : (
            "Not published"
          )}
        </Fact>
      </dl>

      {tournament.teams.length ? (
        <p className="text-sm text-zinc-600">
          <span className="font-medium text-zinc-700">Teams:</span>{" "}
          {tournament.teams.map((team) => team.name).join(", ")}
        </p>
      ) : null}

      {tournament.placements.length ? (
        <div>
          <h4 className="text-sm font-medium text-zinc-700">Final placements</h4>
          <ol className="mt-1 flex flex-wrap gap-2 text-sm">
            {tournament.placements.map((placement) => (
              <li key={placement.place} className="rounded-md bg-zinc-100 px-2 py-1">
                <span className="font-semibold">{placeLabel(placement.place)}</span> {placement.team.name}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {tournament.completedMatchCount > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-zinc-200 p-4">
          <p className="min-w-0 flex-1 text-sm text-zinc-700">
            Refresh the stats of this tournament’s teams from their completed matches and re-rank everyone.
          </p>
          <ActionButton
            action={requestTournamentRankingsAction.bind(null, { tournamentId: tournament.id })}
            label="Recompute rankings"
            pendingLabel="Requesting…"
            successMessage="Rankings recompute requested: it shows in the automation runs once it has run."
          />
        </div>
      ) : null}
      {isOpen ? <OpenTournamentActions tournament={tournament} timeZone={timeZone} /> : null}
      {tournament.payoutHold && tournament.payoutHoldLabel ? (
        <PayoutHoldControls
          tournamentId={tournament.id}
          tournamentName={tournament.name}
          hold={tournament.payoutHold}
          label={tournament.payoutHoldLabel}
        />
      ) : null}
      {tournament.status === "COMPLETED" && tournament.payout ? (
        <>
          <PayoutPanel
            tournamentId={tournament.id}
            tournamentName={tournament.name}
            podium={podium}
            initialStatus={tournament.payout}
            timeZone={timeZone}
          />
          <p className="text-xs text-zinc-500">
            {tournament.wrappedUpAt ? (
              <>
                The wrap-up job requested rankings and payouts{" "}
                <RelativeTime value={tournament.wrappedUpAt} timeZone={timeZone} />.
              </>
            ) : (
              "The hourly wrap-up job requests the payouts once the prize hold has ended (never while frozen); paying twice is impossible either way."
            )}
          </p>
        </>
      ) : null}
      {tournament.status === "DRAFT" ? (
        <p className="text-sm text-zinc-600">A draft: nothing to run until registration opens.</p>
      ) : null}
      {tournament.status === "CANCELLED" ? <p className="text-sm text-zinc-600">Cancelled: no actions.</p> : null}
    </article>
  );
}
