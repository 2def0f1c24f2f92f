"use client";
// "Distribute payouts" for a completed tournament: confirm (who gets what) → requestPayoutsAction
// queues the event → polls GET /api/admin/payout-status every 3 s while queued (15 s after two
// minutes) → shows the run's outcome and the ledger, then refreshes the page's other sections.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { requestPayoutsAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form-message";
import type { TPayoutStatus } from "@/lib/payouts/get-payout-status";
import { formatCoins } from "@/lib/format/format-coins";
import { placeLabel } from "@/lib/payouts/places";
import { PayoutStatusView } from "./payout-status-view";
import { readJson, type TPollSchedule, usePollUntil } from "./use-poll-until";

export type TPodiumLine = { place: number; teamName: string; amount: number };

/** Every 3 s while queued, every 15 s after two minutes. */
const POLL_SCHEDULE: TPollSchedule = { everyMs: 3_000, slowAfterMs: 120_000, slowEveryMs: 15_000 };

export function PayoutPanel({
  tournamentId,
  tournamentName,
  podium,
  initialStatus,
  timeZone,
}: {
  tournamentId: string;
  tournamentName: string;
  podium: TPodiumLine[];
  initialStatus: TPayoutStatus;
  /** The admin's zone (User.timezone): server render and browser show the same exact times. */
  timeZone: string;
}) {
  const [live, setLive] = useState<TPayoutStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const headingId = useId();
  const step = useConfirmStep();
  const status = live ?? initialStatus;
  usePayoutStatusPolling(status, tournamentId, setLive, setError);

  const confirm = () =>
    startTransition(async () => {
      setError(null);
      const result = await requestPayoutsAction({ tournamentId });
      step.close();
      if (!result.ok) return setError(result.error);
      const { eventId, requestedAt, isDelivered } = result.data;
      setLive({
        tournamentId,
        state: "queued",
        failedRun: null,
        request: {
          eventId,
          requestedAt,
          deliveredAt: isDelivered ? requestedAt : null,
          attempts: isDelivered ? 1 : 0,
          lastError: null,
        },
        lastRun: status.lastRun,
        ledger: status.ledger,
      });
    });

  return (
    // A part of its tournament's card (an article named by the tournament), not a landmark of its own:
    // every card has one, and landmarks must be unique on the page.
    <div className="space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <Podium headingId={headingId} podium={podium} />
        {step.isOpen ? null : (
          <Button
            id={step.openerId}
            onClick={() => {
              setError(null);
              step.open();
            }}
            // A queued request is not done: the button says so until its run reports (status below).
            disabled={isPending || status.state === "queued"}
          >
            {status.state === "queued" ? "Payout queued…" : "Distribute payouts"}
          </Button>
        )}
      </div>
      <ConfirmStep
        step={step}
        question={payoutQuestion(podium, tournamentName)}
        details={
          <p className="text-sm text-amber-900">
            {status.ledger.rows.length
              ? "The ledger already holds this tournament’s payouts, so a new request moves no coins."
              : "Each captain receives the prize once. The payout runs in the background; its outcome shows here."}
          </p>
        }
        confirmLabel="Confirm payout"
        pendingLabel="Requesting…"
        isPending={isPending}
        onConfirm={confirm}
      />
      <FormMessage result={error ? { ok: false, error } : null} />
      <PayoutStatusView status={status} tournamentId={tournamentId} timeZone={timeZone} />
    </div>
  );
}

function payoutQuestion(podium: TPodiumLine[], tournamentName: string): string {
  if (!podium.length) {
    return `No final placements are recorded for ${tournamentName}: the run will answer “not ready”. Request anyway?`;
  }
  const amounts = podium.map((line) => line.amount.toLocaleString("en-US")).join(" / ");
  return `Pay ${amounts} coins to the captains of ${podium.map((line) => line.teamName).join(", ")}?`;
}

function Podium({ headingId, podium }: { headingId: string; podium: TPodiumLine[] }) {
  return (
    <div className="min-w-0">
      <h4 id={headingId} className="font-semibold">
        Prize payouts
      </h4>
      {podium.length ? (
        <ul className="mt-1 space-y-0.5 text-sm text-zinc-700">
          {podium.map((line) => (
            <li key={line.place}>
              <span className="font-medium">{placeLabel(line.place)}</span> {line.teamName} · {formatCoins(line.amount)}{" "}
              to the captain
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-zinc-600">No final placements recorded.</p>
      )}
    </div>
  );
}

/** Follows a queued request until a run for it finishes, then refreshes the page's other sections. */
function usePayoutStatusPolling(
  status: TPayoutStatus,
  tournamentId: string,
  setLive: (status: TPayoutStatus) => void,
  setError: (error: string) => void,
) {
  const router = useRouter();
  const eventId = status.request?.eventId ?? null;
  usePollUntil<TPayoutStatus>(
    status.state === "queued" ? `${tournamentId}@${eventId ?? ""}` : null,
    {
      read: () =>
        readJson(`/api/admin/payout-status?${new URLSearchParams({ tournamentId, ...(eventId ? { eventId } : {}) })}`),
      onValue: (next) => {
        setLive(next);
        if (next.state === "queued") return false;
        router.refresh();
        return true;
      },
      onDenied: () => setError("Your admin session ended. Sign in again to follow this payout."),
    },
    POLL_SCHEDULE,
  );
}
