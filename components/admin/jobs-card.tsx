// The scheduled jobs: what each does, when it runs (UTC), its latest run, and "Run now".
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/time";
import type { TAdminJobs } from "@/lib/admin/get-admin-jobs";
import { RunJobButton } from "./run-job-button";
import { RunStatusBadge } from "./run-status-badge";

export function JobsCard({ jobs, timeZone }: { jobs: TAdminJobs["jobs"]; timeZone: string }) {
  return (
    <Card
      headingId="jobs"
      title="Scheduled jobs"
      description="Each runs on its schedule (UTC) through Inngest. “Run now” queues a manual run; a job never does the same period’s work twice."
      actions={<RunJobButton job="recompute-rankings" label="Recompute rankings" variant="primary" />}
    >
      <ul className="divide-y divide-zinc-200">
        {jobs.map((job) => (
          <li
            key={job.name}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0"
          >
            <div className="min-w-0 flex-1 basis-64">
              <p className="font-medium">
                {job.name}{" "}
                <code className="ml-1 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-normal text-zinc-600">
                  {job.schedule}
                </code>
              </p>
              <p className="text-sm text-zinc-600">{job.description}</p>
              <p className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-zinc-500">
                {job.lastRun ? (
                  <>
                    Last run <RelativeTime value={job.lastRun.startedAt} timeZone={timeZone} />{" "}
                    <RunStatusBadge status={job.lastRun.status} />
                  </>
                ) : (
                  "Never ran yet."
                )}
              </p>
            </div>
            <RunJobButton job={job.name} label="Run now" subject={job.name} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
