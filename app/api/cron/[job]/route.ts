// GET /api/cron/<job> — Vercel Cron (vercel.json). Authenticated with CRON_SECRET. For a scheduled
// job it emits the job's event (once per period); for `outbox` it sweeps (and prunes) the outbox
// right here, so events still flow when the Inngest cron is not running.
import { isScheduledJobName } from "@/lib/automation/scheduled-jobs";
import { requestJobRun } from "@/lib/automation/request-job-run";
import { AppError } from "@/lib/errors";
import { pruneOutbox } from "@/lib/outbox/prune-outbox";
import { relayOutbox } from "@/lib/outbox/relay-outbox";
import { errorResponse } from "@/lib/http/error-response";
import { verifyCronSecret } from "@/lib/http/verify-cron-secret";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  try {
    verifyCronSecret(request);
    const { job } = await params;
    if (job === "outbox")
      return Response.json({ ...(await relayOutbox()), pruned: (await pruneOutbox()).deletedCount });
    if (!isScheduledJobName(job)) throw new AppError("NOT_FOUND", `No scheduled job named "${job}".`);
    return Response.json({ queued: true, ...(await requestJobRun(job, "CRON")) }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
