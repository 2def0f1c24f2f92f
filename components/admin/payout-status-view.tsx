// What the payout panel says about a tournament's payout: the request's state ("Queued — not paid
// yet", amber: queued is not done), the outcome of the latest run ("Paid", "Already distributed", "Not ready") and the ledger's own rows.
import { Badge } from "@/components/ui/badge";
import type { TPayoutLine, TPayoutStatus } from "@/lib/payouts/get-payout-status";
import { RelativeTime } from "@/components/ui/time";
import { formatCoins } from "@/lib/format/format-coins";
import { placeLabel } from "@/lib/payouts/places";

const payoutList = (payouts: TPayoutLine[]) =>
  payouts.map((line) => `${placeLabel(line.place)} ${line.teamName} ${formatCoins(line.amount)}`).join(" · ");

function Outcome({
  status,
  tournamentId,
  timeZone,
}: {
  status: TPayoutStatus;
  tournamentId: string;
  timeZone: string;
}) {
  switch (status.state) {
    case "idle":
      return (
        <p>
          <Badge>Not requested</Badge> <span className="text-zinc-700">No payout run yet for this tournament.</span>
        </p>
      );
    case "queued": {
      const request = status.request;
      return (
        <div className="space-y-1">
          <p>
            <Badge tone="warning">
              <span aria-hidden className="mr-1 inline-block size-2 animate-pulse rounded-full bg-amber-600" />
              Queued — not paid yet
            </Badge>{" "}
            {request?.deliveredAt ? (
              <span className="text-zinc-700">
                Inngest accepted the request; waiting for the distribute-payouts run to finish.
              </span>
            ) : (
              <span className="text-zinc-700">
                The request waits in the outbox: Inngest has not accepted it yet
                {request?.attempts ? ` (${request.attempts} ${request.attempts === 1 ? "attempt" : "attempts"})` : ""}.
                The outbox sweep resends it once Inngest is reachable.
              </span>
            )}
          </p>
          {request && !request.deliveredAt ? (
            <p className="text-xs text-zinc-600">
              Requested <RelativeTime value={request.requestedAt} timeZone={timeZone} />
              {request.lastError ? <> · last send error: {request.lastError}</> : null}. Stuck? Start Inngest (locally:
              the Inngest dev server), or run it from a shell:{" "}
              <code className="break-all rounded bg-zinc-200 px-1">
                npm run job -- distribute-payouts {tournamentId}
              </code>
            </p>
          ) : null}
          {status.failedRun ? (
            <p className="text-xs text-red-800">
              A distribute-payouts run failed <RelativeTime value={status.failedRun.startedAt} timeZone={timeZone} />{" "}
              (possibly this request; Inngest retries it): {status.failedRun.error}
            </p>
          ) : null}
        </div>
      );
    }
    case "success":
      return (
        <p>
          <Badge tone="success">Paid</Badge> <span className="text-zinc-800">{payoutList(status.payouts)}</span>
        </p>
      );
    case "already_distributed":
      return (
        <p>
          <Badge>Already distributed</Badge>{" "}
          <span className="text-zinc-800">
            The ledger already held these payouts, so no coins moved
            {status.payouts.length ? ` (${payoutList(status.payouts)})` : ""}.
          </span>
        </p>
      );
    case "not_ready":
      return (
        <p>
          <Badge tone="warning">Not ready</Badge> <span className="text-zinc-800">{status.reason}</span>
        </p>
      );
  }
}

export function PayoutStatusView({
  status,
  tournamentId,
  timeZone,
}: {
  status: TPayoutStatus;
  tournamentId: string;
  /** The admin's zone, for the exact times in the tooltips. */
  timeZone: string;
}) {
  const { ledger, lastRun } = status;
  return (
    <div className="space-y-2 text-sm">
      <div role="status" aria-live="polite" data-testid="payout-status">
        <Outcome status={status} tournamentId={tournamentId} timeZone={timeZone} />
      </div>
      {lastRun && status.state !== "idle" ? (
        <p className="text-xs text-zinc-600">
          {status.state === "queued" ? "Previous run" : "Run"}{" "}
          {lastRun.finishedAt ? (
            <>
              finished <RelativeTime value={lastRun.finishedAt} timeZone={timeZone} />
            </>
          ) : (
            <>
              started <RelativeTime value={lastRun.startedAt} timeZone={timeZone} />
            </>
          )}{" "}
          · trigger {lastRun.trigger.toLowerCase()}
        </p>
      ) : null}
      <p className="text-xs text-zinc-600" data-testid="payout-ledger">
        <span className="font-medium text-zinc-700">Ledger:</span>{" "}
        {ledger.rows.length
          ? `${ledger.rows.length} payout ${ledger.rows.length === 1 ? "row" : "rows"}, ${formatCoins(ledger.totalCoins)} in total (${ledger.rows.map((row) => `${placeLabel(row.place)} ${formatCoins(row.amount)}`).join(", ")}).`
          : "no payout rows for this tournament yet."}
      </p>
    </div>
  );
}
