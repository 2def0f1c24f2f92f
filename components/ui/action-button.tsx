"use client";
// A button that runs one bound server action (publish bracket, approve / reject a sponsorship) and
// says how it went, with an optional "are you sure?" step (confirm-step.tsx) for what cannot be undone.
import { useState, useTransition } from "react";
import { Button, type TButtonProps } from "@/components/ui/button";
import { ConfirmStep, useConfirmStep } from "@/components/ui/confirm-step";
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
  /**
   * What the button acts on, read after the visible label by screen readers ("Approve" + "NorthPeak
   * Chairs"): names stay unique on the page and start with what is seen (voice control says the label).
   */
  subject?: string;
  /**
   * Takes over the success message: for a button its own success removes (a cancelled match leaves
   * its list), so the list above it says what happened instead.
   */
  onSuccess?: (message: string) => void;
};

export function ActionButton({
  action,
  label,
  pendingLabel,
  successMessage,
  confirm,
  variant = "secondary",
  subject,
  onSuccess,
}: TActionButtonProps) {
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: true; message: string } | { ok: false; error: string } | null>(null);
  const step = useConfirmStep();

  const run = () =>
    startTransition(async () => {
      const outcome = await action();
      step.close({ refocus: false });
      if (outcome.ok && onSuccess) return onSuccess(successMessage);
      setResult(outcome.ok ? { ok: true, message: successMessage } : { ok: false, error: outcome.error });
    });

  return (
    <div className="space-y-2">
      {confirm && step.isOpen ? (
        <ConfirmStep
          step={step}
          question={confirm.question}
          confirmLabel={confirm.confirmLabel}
          pendingLabel={pendingLabel}
          isPending={isPending}
          onConfirm={run}
          tone={variant === "danger" ? "danger" : "primary"}
        />
      ) : (
        <Button
          id={step.openerId}
          size="sm"
          variant={variant}
          disabled={isPending}
          onClick={() => {
            setResult(null);
            if (confirm) step.open();
            else run();
          }}
        >
          {isPending ? pendingLabel : label}
          {subject ? <span className="sr-only"> {subject}</span> : null}
        </Button>
      )}
      <FormMessage result={result} />
    </div>
  );
}
