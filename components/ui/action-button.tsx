"use client";
// A button that runs one bound server action (publish bracket, approve / reject a sponsorship) and
// says how it went, with an optional inline "are you sure?" step for what cannot be undone.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button, type TButtonProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TActionResult } from "@/lib/actions/action-result";

type TActionButtonProps = {
  action: () => Promise<TActionResult<unknown>>;
  label: string;
  pendingLabel: string;
  successMessage: string;
  /** Asks first: the question, and the label of the button that confirms. */
  confirm?: { question: string; confirmLabel: string };
  variant?: TButtonProps["variant"];
  /** Accessible name when the visible label is not unique on the page ("Approve NorthPeak Chairs"). */
  ariaLabel?: string;
};

export function ActionButton({
  action,
  label,
  pendingLabel,
  successMessage,
  confirm,
  variant = "secondary",
  ariaLabel,
}: TActionButtonProps) {
  const [isPending, startTransition] = useTransition();
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: true; message: string } | { ok: false; error: string } | null>(null);
  const questionId = useId();
  const openerId = useId();
  // After "Cancel", focus returns to the button that opened the question.
  const shouldRefocus = useRef(false);
  useEffect(() => {
    if (isConfirming || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    document.getElementById(openerId)?.focus();
  }, [isConfirming, openerId]);

  const run = () =>
    startTransition(async () => {
      const outcome = await action();
      setIsConfirming(false);
      setResult(outcome.ok ? { ok: true, message: successMessage } : { ok: false, error: outcome.error });
    });

  return (
    <div className="space-y-2">
      {isConfirming && confirm ? (
        <div
          role="group"
          aria-labelledby={questionId}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p id={questionId} className="text-sm text-amber-950">
            {confirm.question}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant={variant === "danger" ? "danger" : "primary"}
              onClick={run}
              disabled={isPending}
              autoFocus
            >
              {isPending ? pendingLabel : confirm.confirmLabel}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={isPending}
              onClick={() => {
                shouldRefocus.current = true;
                setIsConfirming(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          id={openerId}
          size="sm"
          variant={variant}
          aria-label={ariaLabel}
          disabled={isPending}
          onClick={() => {
            setResult(null);
            if (confirm) setIsConfirming(true);
            else run();
          }}
        >
          {isPending ? pendingLabel : label}
        </Button>
      )}
      <FormMessage result={result} />
    </div>
  );
}
