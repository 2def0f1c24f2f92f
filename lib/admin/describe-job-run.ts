// What a manual run's button says while it is followed: amber while queued or running (queued is
// not done), green once the run reports, red when it failed — with the run's own counts.
import { plural } from "@/lib/format/plural";
import type { TJobRunStatus } from "./get-job-run-status";

export type TJobRunMessage = { ok: true; message: string; isPending: boolean } | { ok: false; error: string };

export function describeJobRun(job: string, status: TJobRunStatus): TJobRunMessage {
  switch (status.state) {
    case "queued":
      return {
        ok: true,
        isPending: true,
        message: status.pendingEvents
          ? `Queued ${job} — not run yet: ${plural(status.pendingEvents, "event waits", "events wait")} for Inngest (see Outbox).`
          : `Queued ${job} — not run yet. Waiting for Inngest to start the run.`,
      };
    case "running":
      return { ok: true, isPending: true, message: `${job} is running…` };
    case "finished":
      if (status.status === "FAILED") return { ok: false, error: `${job} failed: ${status.error ?? status.summary}` };
      return {
        ok: true,
        isPending: false,
        message:
          status.status === "SKIPPED" ? `${job} had nothing to do: ${status.summary}` : `${job} ran: ${status.summary}`,
      };
  }
}
