"use client";
// Complete a tournament with its final placements: order the registered teams 1..n (move up / down,
// announced to screen readers), confirm, then completeTournamentAction records them.
import { useEffect, useId, useState, useTransition } from "react";
import { completeTournamentAction } from "@/app/admin/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form-message";
import { placeLabel } from "@/lib/payouts/places";

type TTeam = { id: string; name: string };
type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

export function CompleteTournamentForm({
  tournamentId,
  tournamentName,
  teams,
}: {
  tournamentId: string;
  tournamentName: string;
  teams: TTeam[];
}) {
  const id = useId();
  const [order, setOrder] = useState(teams);
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const step = useConfirmStep();
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget, order]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const team = order[index];
    if (!team || target < 0 || target >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(target, 0, team);
    setOrder(next);
    setResult(null);
    step.close({ refocus: false });
    setAnnouncement(`${team.name} moved to ${placeLabel(target + 1)} place.`);
    // Keep focus on the same button of the moved team; at the edge, on the other one.
    const edge = (by === -1 && target === 0) || (by === 1 && target === next.length - 1);
    setFocusTarget(`${id}-${team.id}-${edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down"}`);
  };

  const submit = () =>
    startTransition(async () => {
      const outcome = await completeTournamentAction({
        tournamentId,
        placements: order.map((team, index) => ({ teamId: team.id, place: index + 1 })),
      });
      step.close({ refocus: false });
      setResult(
        outcome.ok
          ? {
              ok: true,
              message: `${tournamentName} is completed with ${outcome.data.placementCount} placements. Payouts can be distributed now.`,
            }
          : { ok: false, error: outcome.error },
      );
    });

  if (teams.length === 0)
    return <p className="text-sm text-zinc-600">No teams are registered, so there is nobody to place yet.</p>;

  const podium = order
    .slice(0, 3)
    .map((team, index) => `${placeLabel(index + 1)} ${team.name}`)
    .join(", ");

  return (
    <div className="space-y-3">
      <p id={`${id}-help`} className="text-sm text-zinc-600">
        Order the registered teams by final place (top three are paid). Completing cannot be undone.
      </p>
      <ol
        aria-describedby={`${id}-help`}
        className="divide-y divide-zinc-200 rounded-md border border-zinc-200 bg-white"
      >
        {order.map((team, index) => (
          <li key={team.id} className="flex items-center gap-3 px-3 py-2">
            <span className="w-9 shrink-0 text-sm font-semibold text-zinc-500">{placeLabel(index + 1)}</span>
            <span className="min-w-0 flex-1 truncate text-sm font-medium">{team.name}</span>
            <Button
              id={`${id}-${team.id}-up`}
              size="sm"
              variant="ghost"
              aria-label={`Move ${team.name} up`}
              disabled={index === 0 || isPending}
              onClick={() => move(index, -1)}
            >
              <span aria-hidden>↑</span>
            </Button>
            <Button
              id={`${id}-${team.id}-down`}
              size="sm"
              variant="ghost"
              aria-label={`Move ${team.name} down`}
              disabled={index === order.length - 1 || isPending}
              onClick={() => move(index, 1)}
            >
              <span aria-hidden>↓</span>
            </Button>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {step.isOpen ? (
        <ConfirmStep
          step={step}
          question={`Complete ${tournamentName} with ${podium}? Final placements cannot be changed afterwards.`}
          confirmLabel="Confirm and complete"
          pendingLabel="Completing…"
          isPending={isPending}
          onConfirm={submit}
        />
      ) : (
        <Button id={step.openerId} size="sm" onClick={step.open}>
          Complete tournament
        </Button>
      )}
      <FormMessage result={result} />
    </div>
  );
}
