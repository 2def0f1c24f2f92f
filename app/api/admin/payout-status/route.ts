// GET /api/admin/payout-status?tournamentId=…[&eventId=…] — where a tournament's payout stands
// (queued / success / already_distributed / not_ready, plus the ledger), polled by the dashboard
// after "Distribute payouts". Admins only: 401 signed out, 403 for everyone else.
import { getPayoutStatus } from "@/lib/payouts/get-payout-status";
import { requireAdmin } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const actor = await requireAdmin();
    const params = new URL(request.url).searchParams;
    const input = { tournamentId: params.get("tournamentId") ?? "", eventId: params.get("eventId") };
    return Response.json(await getPayoutStatus(actor, input), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
