// /admin/jobs — the scheduled jobs with "Run now", the outbox, and every automation run (filter by
// job with ?job=). The layout decides who may see it; the page checks again itself.
import type { Metadata } from "next";
import { JobsCard } from "@/components/admin/jobs-card";
import { OutboxCard } from "@/components/admin/outbox-card";
import { RunsTable } from "@/components/admin/runs-table";
import { Card } from "@/components/ui/card";
import { getAdminJobs } from "@/lib/admin/get-admin-jobs";
import { requireAdminOrForbidden } from "@/lib/auth/session";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";

export const metadata: Metadata = { title: "Jobs & runs · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminJobsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireAdminOrForbidden("/admin/jobs");
  const { job } = await searchParams;
  const [section, timeZone] = await Promise.all([
    getAdminJobs(user, { runJob: typeof job === "string" && job.length <= 100 ? job : null }),
    getViewerTimeZone(user.id),
  ]);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <JobsCard jobs={section.jobs} timeZone={timeZone} />
        </div>
        <div className="lg:col-span-2">
          <OutboxCard outbox={section.outbox} timeZone={timeZone} />
        </div>
      </div>
      <Card
        headingId="runs"
        title="Automation runs"
        description={`The latest runs, newest first. Times in ${timeZone}.`}
      >
        <RunsTable runs={section.runs} filter={section.runFilter} timeZone={timeZone} />
      </Card>
    </div>
  );
}
