"use client";
import { useState, useTransition } from "react";
import { removeMemberAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { useConfirmStep } from "@/components/ui/confirm-step";
import { FormMessage } from "@/components/ui/form-message";

/**
 * Two steps: "Remove" asks "Remove <name>?" inline (the confirm step's behaviour, in a row compact
 * enough for the roster), then removes; errors stay next to the member.
 */
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

  if (!step.isOpen) {
    return (
      <div>
        <Button
          id={step.openerId}
          variant="ghost"
          size="sm"
          onClick={step.open}
          aria-label={`Remove ${memberName} from the team`}
        >
          Remove
        </Button>
      </div>
    );
  }
  return (
    <div
      className="flex flex-col items-end gap-1"
      role="group"
      aria-label={`Confirm removing ${memberName}`}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !isPending) step.close();
      }}
    >
      <div className="flex flex-wrap items-center justify-end gap-2">
        <span className="text-sm text-zinc-700">Remove {memberName}?</span>
        <Button
          variant="danger"
          size="sm"
          disabled={isPending}
          autoFocus
          onClick={() =>
            startTransition(async () => {
              const result = await removeMemberAction({ teamId, userId });
              if (!result.ok) setError(result.error);
            })
          }
        >
          {isPending ? "Removing…" : "Yes, remove"}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={isPending}
          onClick={() => {
            setError(null);
            step.close();
          }}
        >
          Cancel
        </Button>
      </div>
      <FormMessage result={error ? { ok: false, error } : null} />
    </div>
  );
}
