"use client";
// "Remove" on a roster row asks first, naming the player (the one confirm step of the app,
// components/ui/confirm-step.tsx): Cancel or Escape keeps them and puts focus back on "Remove";
// confirming removes them, and an error stays next to the member.
import { useState, useTransition } from "react";
import { removeMemberAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form-message";

export function RemoveMemberButton({
  teamId,
  userId,
  memberName,
}: {
  teamId: string;
  userId: string;
  memberName: string;
}) {
  const step = useConfirmStep();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await removeMemberAction({ teamId, userId });
      // On success the row leaves the roster (the page refreshes), this button with it.
      if (!result.ok) setError(result.error);
    });

  return (
    <div className="flex flex-col items-end gap-1">
      {step.isOpen ? (
        <ConfirmStep
          step={step}
          question={`Remove ${memberName} from the team?`}
          details={<p className="text-sm text-amber-900">They are told, and can come back only with a new invite.</p>}
          confirmLabel="Yes, remove"
          pendingLabel="Removing…"
          isPending={isPending}
          onConfirm={remove}
          tone="danger"
        />
      ) : (
        <Button
          id={step.openerId}
          variant="ghost"
          size="sm"
          onClick={() => {
            setError(null);
            step.open();
          }}
          aria-label={`Remove ${memberName} from the team`}
        >
          Remove
        </Button>
      )}
      <FormMessage result={error ? { ok: false, error } : null} />
    </div>
  );
}
