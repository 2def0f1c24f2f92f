// The automation run history: latest first, filterable by job (a plain GET form, so it works
// without JavaScript). A table on wide screens; each row a stacked card on phones.
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/time";
import type { TAdminJobs } from "@/lib/admin/get-admin-jobs";
import { RUNS_PAGE_SIZE } from "@/lib/admin/list-automation-runs";
import { INPUT_CLASS } from "@/components/ui/field";
import { formatDuration } from "@/lib/format/format-duration";
import { RunStatusBadge } from "./run-status-badge";

const ERROR_PREVIEW = 90;

function Cell({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    <td className={`flex gap-3 py-1 md:table-cell md:px-3 md:py-2.5 md:align-top ${className}`}>
      <span className="w-20 shrink-0 text-xs font-medium uppercase tracking-wide text-zinc-500 md:hidden">{label}</span>
      <div className="min-w-0 flex-1">{children}</div>
    </td>
  );
}

function RunError({ error }: { error: string }) {
  if (error.length <= ERROR_PREVIEW) return <p className="break-words text-red-800">{error}</p>;
  return (
    <details>
      <summary className="cursor-pointer break-words text-red-800">
        {error.slice(0, ERROR_PREVIEW)}… <span className="font-medium underline">more</span>
      </summary>
      <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-red-50 p-2 text-xs text-red-900">
        {error}
      </pre>
    </details>
  );
}

export function RunsTable({
  runs,
  filter,
  timeZone,
}: {
  runs: TAdminJobs["runs"];
  filter: TAdminJobs["runFilter"];
  timeZone: string;
}) {
  return (
    <div className="space-y-4">
      <form method="get" action="/admin/jobs#runs" className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="run-job-filter" className="block text-sm font-medium text-zinc-700">
            Job
          </label>
          <select id="run-job-filter" name="job" defaultValue={filter.job ?? ""} className={`${INPUT_CLASS} w-auto`}>
            <option value="">All jobs</option>
            {filter.jobs.map((job) => (
              <option key={job} value={job}>
                {job}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-semibold text-zinc-800 hover:bg-zinc-50"
        >
          Filter
        </button>
        {filter.job ? (
          <a href="/admin/jobs#runs" className="px-2 py-2 text-sm font-medium text-brand-700 hover:underline">
            Show all
          </a>
        ) : null}
      </form>

      {runs.length === 0 ? (
        <EmptyState title={filter.job ? `No ${filter.job} runs yet` : "No automation runs yet"}>
          Runs appear here as Inngest runs the jobs (cron, events, “Run now”) or someone runs <code>npm run job</code>.
        </EmptyState>
      ) : (
        <div className="md:overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">
              Latest {RUNS_PAGE_SIZE} automation runs{filter.job ? ` of ${filter.job}` : ""}, newest first
            </caption>
            <thead className="hidden border-b border-zinc-200 text-left text-xs uppercase tracking-wide text-zinc-500 md:table-header-group">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Job
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Started
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Duration
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Counts
                </th>
              </tr>
            </thead>
            <tbody className="block md:table-row-group">
              {runs.map((run) => (
                <tr key={run.id} className="block border-b border-zinc-200 py-3 last:border-0 md:table-row md:py-0">
                  <Cell label="Job">
                    <p className="font-medium break-words">{run.job}</p>
                    <p className="text-xs text-zinc-500">trigger: {run.trigger.toLowerCase()}</p>
                  </Cell>
                  <Cell label="Status">
                    <RunStatusBadge status={run.status} />
                  </Cell>
                  <Cell label="Started" className="whitespace-nowrap">
                    <RelativeTime value={run.startedAt} timeZone={timeZone} exact="below" />
                  </Cell>
                  <Cell label="Duration" className="whitespace-nowrap">
                    {formatDuration(run.durationMs)}
                  </Cell>
                  <Cell label="Counts">
                    {run.subject ? <p className="text-xs text-zinc-500">{run.subject}</p> : null}
                    <p className="break-words">{run.summary}</p>
                    {run.error ? <RunError error={run.error} /> : null}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
