"use client";
// The one "are you sure?" step before an action that cannot be undone (complete a tournament, pay
// out prizes, reject a sponsorship): the button that opens it, then an inline question with Confirm
// (focused) and Cancel. Escape or Cancel closes it and puts focus back on the opening button.
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button, type TButtonProps } from "@/components/ui/button";

export type TConfirmStep = {
  isOpen: boolean;
  /** The id to put on the button that opens the step: focus returns there on Cancel. */
  openerId: string;
  open: () => void;
  /** Closes the step; focus returns to the opener unless the caller moves it elsewhere. */
  close: (options?: { refocus: boolean }) => void;
};

export function useConfirmStep(): TConfirmStep {
  const [isOpen, setIsOpen] = useState(false);
  const openerId = useId();
  const shouldRefocus = useRef(false);
  useEffect(() => {
    if (isOpen || !shouldRefocus.current) return;
    shouldRefocus.current = false;
    document.getElementById(openerId)?.focus();
  }, [isOpen, openerId]);
  return {
    isOpen,
    openerId,
    open: () => setIsOpen(true),
    close: ({ refocus } = { refocus: true }) => {
      shouldRefocus.current = refocus;
      setIsOpen(false);
    },
  };
}

type TConfirmStepProps = {
  step: TConfirmStep;
  question: ReactNode;
  /** What follows from confirming, under the question. */
  details?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  isPending: boolean;
  onConfirm: () => void;
  tone?: Extract<TButtonProps["variant"], "primary" | "danger">;
  cancelLabel?: string;
};

export function ConfirmStep({
  step,
  question,
  details,
  confirmLabel,
  pendingLabel,
  isPending,
  onConfirm,
  tone = "primary",
  cancelLabel = "Cancel",
}: TConfirmStepProps) {
  const questionId = useId();
  if (!step.isOpen) return null;
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !isPending) step.close();
      }}
    >
      <p id={questionId} className="text-sm font-medium text-amber-950">
        {question}
      </p>
      {details}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant={tone} onClick={onConfirm} disabled={isPending} autoFocus>
          {isPending ? pendingLabel : confirmLabel}
        </Button>
        <Button size="sm" variant="ghost" disabled={isPending} onClick={() => step.close()}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
