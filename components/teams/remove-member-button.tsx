"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { removeMemberAction } from "@/app/teams/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Two steps: "Remove" asks "Remove <name>?" inline, then removes; errors stay next to the member. */
export function RemoveMemberButton({
  teamId,
  userId,
  memberName,
}: {
  teamId: string;
  userId: string;
  memberName: string;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const containerRef = useRef<HTMLDivElement>(null);
  const shouldRestoreFocus = useRef(false);

  // After "Cancel", keyboard focus goes back to "Remove" instead of being lost with the dialog row.
  useEffect(() => {
    if (!isConfirming && shouldRestoreFocus.current) {
      shouldRestoreFocus.current = false;
      containerRef.current?.querySelector("button")?.focus();
    }
  }, [isConfirming]);

  if (!isConfirming) {
    return (
      <div ref={containerRef}>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => setIsConfirming(true)}
          aria-label={`Remove ${memberName} from the team`}
        >
          Remove
        </Button>
      </div>
    );
  }
  return (
    <div
      ref={containerRef}
      className="flex flex-col items-end gap-1"
      role="group"
      aria-label={`Confirm removing ${memberName}`}
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
            setIsConfirming(false);
            setError(null);
            shouldRestoreFocus.current = true;
          }}
        >
          Cancel
        </Button>
      </div>
      <FormMessage result={error ? { ok: false, error } : null} />
    </div>
  );
}
