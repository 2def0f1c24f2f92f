"use client";
// "Run now" for a scheduled job (and "Recompute rankings"): queues the job's request event with
// trigger MANUAL and says so — the run itself appears under Automation runs once Inngest runs it.
import { useState, useTransition } from "react";
import { requestJobRunAction } from "@/app/admin/actions";
import { Button, type TButtonProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { TScheduledJobName } from "@/lib/automation/scheduled-jobs";

type TResult = { ok: true; message: string } | { ok: false; error: string } | null;

export function RunJobButton({
  job,
  label,
  ariaLabel,
  variant = "secondary",
}: {
  job: TScheduledJobName;
  label: string;
  ariaLabel?: string;
  variant?: TButtonProps["variant"];
}) {
  const [result, setResult] = useState<TResult>(null);
  const [isPending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setResult(null);
      const outcome = await requestJobRunAction({ job });
      if (!outcome.ok) {
        setResult({ ok: false, error: outcome.error });
        return;
      }
      const waiting = outcome.data.pendingEvents;
      setResult({
        ok: true,
        message: waiting
          ? `Queued ${job}. Inngest has not accepted ${waiting} ${waiting === 1 ? "event" : "events"} yet — see Outbox.`
          : `Queued ${job}. The run appears under Automation runs when it finishes.`,
      });
    });

  return (
    <div className="space-y-1">
      <Button size="sm" variant={variant} onClick={run} disabled={isPending} aria-label={ariaLabel}>
        {isPending ? "Queuing…" : label}
      </Button>
      <FormMessage result={result} />
    </div>
  );
}
