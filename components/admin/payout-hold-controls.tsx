"use client";
// The prize hold of a completed tournament on the admin card: "Paying in 5 h" / "Frozen: <reason>" /
// "Due", with Freeze (a reason, then a confirmation) while unpaid, and Unfreeze (confirmed: the
// payout then goes ahead) while frozen. Once
// paid it steps aside: the payout panel below already says "Paid", with the ledger.
import { useId, useState, useTransition } from "react";
import { freezePayoutsAction, unfreezePayoutsAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage, type TFormResult } from "@/components/ui/form-message";
import type { TPayoutHoldState } from "@/lib/payouts/payout-hold";

export function PayoutHoldControls({
  tournamentId,
  tournamentName,
  hold,
  label,
}: {
  tournamentId: string;
  tournamentName: string;
  hold: TPayoutHoldState;
  label: string;
}) {
  const [reason, setReason] = useState("");
  // One result for both actions, outside the state switch: after Unfreeze the card shows the Freeze
  // form again, and the note that the payout was released must stay.
  const [result, setResult] = useState<TFormResult>(null);
  const [isPending, startTransition] = useTransition();
  const step = useConfirmStep();
  const releaseStep = useConfirmStep();
  const inputId = useId();
  const tone = hold.state === "frozen" ? "text-red-800" : "text-amber-900";

  const freeze = () =>
    startTransition(async () => {
      const outcome = await freezePayoutsAction({ tournamentId, reason });
      step.close({ refocus: false });
      if (outcome.ok) setReason("");
      setResult(
        outcome.ok
          ? { ok: true, message: `Payout frozen; ${outcome.data.notifiedCount} captains told.` }
          : { ok: false, error: outcome.error },
      );
    });

  const unfreeze = () =>
    startTransition(async () => {
      const outcome = await unfreezePayoutsAction({ tournamentId });
      releaseStep.close({ refocus: false });
      setResult(
        outcome.ok
          ? { ok: true, message: "Payout released; the captains were told." }
          : { ok: false, error: outcome.error },
      );
    });

  if (hold.state === "paid" || hold.state === "not_completed") return null;
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 p-4">
      <p className={`text-sm font-semibold ${tone}`} data-testid="payout-hold">
        {label}
      </p>
      {hold.state === "frozen" ? (
        releaseStep.isOpen ? (
          <ConfirmStep
            step={releaseStep}
            question={`Release the ${tournamentName} payout? The placed captains are told, and the prizes are paid when the hold ends.`}
            confirmLabel="Confirm release"
            pendingLabel="Unfreezing…"
            isPending={isPending}
            onConfirm={unfreeze}
          />
        ) : (
          <Button
            id={releaseStep.openerId}
            size="sm"
            variant="secondary"
            onClick={() => {
              setResult(null);
              releaseStep.open();
            }}
            disabled={isPending}
          >
            Unfreeze payout
            <span className="sr-only"> {tournamentName}</span>
          </Button>
        )
      ) : hold.state === "holding" || hold.state === "due" ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            setResult(null);
            step.open();
          }}
        >
          <div className="min-w-0 flex-1">
            <label htmlFor={inputId} className="block text-sm font-medium text-zinc-700">
              Reason to freeze the payout
            </label>
            <input
              id={inputId}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={150}
              required
              minLength={3}
              className="mt-1 w-full rounded-md border border-zinc-300 px-2 py-1 text-sm"
              placeholder="e.g. Result disputed by Golden Tide"
            />
          </div>
          {step.isOpen ? null : (
            <Button id={step.openerId} type="submit" variant="secondary" disabled={isPending}>
              Freeze payout
            </Button>
          )}
        </form>
      ) : null}
      <ConfirmStep
        step={step}
        question={`Freeze the ${tournamentName} payout? The placed captains are told why.`}
        confirmLabel="Confirm freeze"
        pendingLabel="Freezing…"
        isPending={isPending}
        onConfirm={freeze}
        tone="danger"
      />
      <FormMessage result={result} />
    </div>
  );
}
