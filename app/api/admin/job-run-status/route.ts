// GET /api/admin/job-run-status?job=…&since=… — where a manual "Run now" stands (queued / running /
// finished with its summary), polled by the dashboard's button. Admins only: 401 signed out, 403 for
// everyone else.
import { requireAdmin } from "@/lib/auth/session";
import { getJobRunStatus } from "@/lib/admin/get-job-run-status";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireAdmin();
    const params = new URL(request.url).searchParams;
    const input = { job: params.get("job") ?? "", since: params.get("since") ?? "" };
    return Response.json(await getJobRunStatus(actor, input), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
