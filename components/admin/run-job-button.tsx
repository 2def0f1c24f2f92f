"use client";
// "Run now" for a scheduled job (and "Recompute rankings"): queues the job's request event with
// trigger MANUAL. Queued is not done: the note stays amber ("Queued — not run yet") while the event
// waits in the outbox or for Inngest, follows the run while it runs, and turns green (or red) only
// when the run itself reports, with its counts.
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { requestJobRunAction } from "@/app/admin/actions";
import { Button, type TButtonProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { describeJobRun, type TJobRunMessage } from "@/lib/admin/describe-job-run";
import type { TJobRunStatus } from "@/lib/admin/get-job-run-status";
import type { TScheduledJobName } from "@/lib/automation/scheduled-jobs";

type TResult = TJobRunMessage | null;

const POLL_MS = 2_000;
/** After this long a queued run is still followed, but less often. */
const SLOW_AFTER_MS = 60_000;
const SLOW_POLL_MS = 10_000;

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

  useEffect(() => {
    if (!requestedAt) return;
    let isCancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startedPolling = Date.now();
    const poll = async () => {
      try {
        const query = new URLSearchParams({ job, since: requestedAt });
        const response = await fetch(`/api/admin/job-run-status?${query}`, { cache: "no-store" });
        if (response.ok) {
          const status: TJobRunStatus = await response.json();
          if (isCancelled) return;
          setResult(describeJobRun(job, status));
          if (status.state === "finished") {
            setRequestedAt(null);
            return router.refresh();
          }
        }
      } catch {
        // A network blip: the next poll tries again.
      }
      if (!isCancelled) timer = setTimeout(poll, Date.now() - startedPolling > SLOW_AFTER_MS ? SLOW_POLL_MS : POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      isCancelled = true;
      clearTimeout(timer);
    };
  }, [requestedAt, job, router]);

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
