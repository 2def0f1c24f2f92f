"use client";
// "Run now" for a scheduled job (and "Recompute rankings"): queues the job's request event with
// trigger MANUAL. Queued is not done: the note stays amber ("Queued — not run yet") while the event
// waits in the outbox or for Inngest, follows the run while it runs, and turns green (or red) only
// when the run itself reports, with its counts.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { requestJobRunAction } from "@/app/admin/actions";
import { Button, type TButtonProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { describeJobRun, type TJobRunMessage } from "@/lib/admin/describe-job-run";
import type { TJobRunStatus } from "@/lib/admin/get-job-run-status";
import type { TScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { readJson, type TPollSchedule, usePollUntil } from "./use-poll-until";

type TResult = TJobRunMessage | null;

/** After a minute a queued run is still followed, but less often. */
const POLL_SCHEDULE: TPollSchedule = { everyMs: 2_000, slowAfterMs: 60_000, slowEveryMs: 10_000 };

export function RunJobButton({
  job,
  label,
  subject,
  variant = "secondary",
}: {
  job: TScheduledJobName;
  label: string;
  /** Read after the visible label by screen readers ("Run now expire-invites"), so the name starts with what is seen. */
  subject?: string;
  variant?: TButtonProps["variant"];
}) {
  const [result, setResult] = useState<TResult>(null);
  const [requestedAt, setRequestedAt] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const router = useRouter();

  const run = () =>
    startTransition(async () => {
      setResult(null);
      const outcome = await requestJobRunAction({ job });
      if (!outcome.ok) {
        setResult({ ok: false, error: outcome.error });
        return;
      }
      setResult(describeJobRun(job, { state: "queued", pendingEvents: outcome.data.pendingEvents }));
      setRequestedAt(outcome.data.requestedAt);
    });

  usePollUntil<TJobRunStatus>(
    requestedAt ? `${job}@${requestedAt}` : null,
    {
      read: () => readJson(`/api/admin/job-run-status?${new URLSearchParams({ job, since: requestedAt ?? "" })}`),
      onValue: (status) => {
        setResult(describeJobRun(job, status));
        if (status.state !== "finished") return false;
        setRequestedAt(null);
        router.refresh();
        return true;
      },
    },
    POLL_SCHEDULE,
  );

  return (
    <div className="space-y-1">
      <Button size="sm" variant={variant} onClick={run} disabled={isPending || requestedAt !== null}>
        {isPending ? "Queuing…" : requestedAt ? "Queued…" : label}
        {subject ? <span className="sr-only"> {subject}</span> : null}
      </Button>
      <FormMessage result={result} />
    </div>
  );
}
