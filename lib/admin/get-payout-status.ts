// Where a tournament's prize payout stands, for the admin dashboard and its poll
// (GET /api/admin/payout-status): the latest request, the outcome of the latest distribute-payouts
// run for the tournament, and the ledger's own truth.
//
// How a run is matched to a tournament without changing run-job: every distribute-payouts result
// (success, already_distributed and not_ready alike) carries `dedupKey` =
// generateDedupKey("distribute_payouts", { tournamentId }), so the run is the latest AutomationRun
// of that job whose result->>'dedupKey' is the tournament's key. A request is "queued" while no such
// run started after it (both times come from PostgreSQL's clock). A run that failed has no result,
// so it cannot be tied to a tournament: a failed distribute-payouts run since the request is
// reported beside "queued" as a hint, not as this tournament's outcome.
//
// Requests are outbox rows. The latest one is the row the caller names (`eventId`, known after
// "Distribute payouts") or else the newest one still waiting to be sent — both found by index.
import { z } from "zod";
import { payoutsDistributeRequested } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { generateDedupKey } from "@/lib/automation/dedup-key";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RunTrigger } from "@/lib/generated/prisma/enums";

export type TPayoutLine = { place: number; teamName: string; amount: number; captainId: string };
export type TPayoutRequest = { eventId: string; requestedAt: string; deliveredAt: string | null; attempts: number; lastError: string | null };
export type TPayoutRun = { runId: string; trigger: RunTrigger; startedAt: string; finishedAt: string | null };
export type TLedgerRow = { place: number; amount: number; userId: string; createdAt: string };

export type TPayoutOutcome =
  | { state: "idle" }
  | { state: "queued"; failedRun: { runId: string; startedAt: string; error: string } | null }
  | { state: "success" | "already_distributed"; payouts: TPayoutLine[] }
  | { state: "not_ready"; reason: string };

export type TPayoutStatus = TPayoutOutcome & {
  tournamentId: string;
  request: TPayoutRequest | null;
  /** The latest finished distribute-payouts run of this tournament. */
  lastRun: TPayoutRun | null;
  /** Payout rows on the ledger (CoinTransaction dedupKey `payout:<tournamentId>:<place>`). */
  ledger: { rows: TLedgerRow[]; totalCoins: number };
};

const ZPayoutRunResult = z.object({
  status: z.enum(["success", "already_distributed", "not_ready"]),
  dedupKey: z.string(),
  reason: z.string().optional(),
  payouts: z.array(z.object({ place: z.number(), teamName: z.string(), amount: z.number(), captainId: z.string() })).default([]),
});

const ZRequestData = z.object({ tournamentId: z.string() });

const REQUEST_EVENT = payoutsDistributeRequested.name;
const PAYOUT_JOB = "distribute-payouts";

export const payoutDedupKey = (tournamentId: string) => generateDedupKey("distribute_payouts", { tournamentId });

/** One tournament's payout status. `eventId`: the request the caller made (from requestPayouts). */
export async function getPayoutStatus(actor: TActor, { tournamentId, eventId }: { tournamentId: string; eventId?: string | null }): Promise<TPayoutStatus> {
  assertAdmin(actor);
  const tournament = await db.tournament.findUnique({ where: { id: tournamentId }, select: { id: true } });
  if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
  const [status] = await getPayoutStatuses([tournamentId], eventId ? [eventId] : []);
  if (!status) throw new Error("unreachable: one status per tournament");
  return status;
}

/** The payout status of each tournament, in a fixed number of queries (callers check the actor). */
export async function getPayoutStatuses(tournamentIds: string[], eventIds: string[] = []): Promise<TPayoutStatus[]> {
  if (tournamentIds.length === 0) return [];
  const keys = new Map(tournamentIds.map((id) => [payoutDedupKey(id), id]));
  const [requestRows, runRows, ledgerRows] = await Promise.all([
    db.outboxEvent.findMany({
      where: { name: REQUEST_EVENT, OR: [{ sentAt: null }, ...(eventIds.length ? [{ id: { in: eventIds } }] : [])] },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { id: true, data: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    }),
    db.$queryRaw<{ id: string; trigger: RunTrigger; startedAt: Date; finishedAt: Date | null; result: unknown }[]>`
      SELECT DISTINCT ON (result->>'dedupKey') id, trigger, "startedAt", "finishedAt", result
      FROM "AutomationRun"
      WHERE job = ${PAYOUT_JOB} AND result->>'dedupKey' = ANY(${[...keys.keys()]}::text[])
      ORDER BY result->>'dedupKey', "startedAt" DESC`,
    db.coinTransaction.findMany({
      where: { OR: tournamentIds.map((id) => ({ dedupKey: { startsWith: `payout:${id}:` } })) },
      orderBy: { dedupKey: "asc" },
      select: { dedupKey: true, amount: true, userId: true, createdAt: true },
    }),
  ]);

  const latestRequest = new Map<string, (typeof requestRows)[number]>();
  for (const row of requestRows) {
    const data = ZRequestData.safeParse(row.data);
    if (data.success && !latestRequest.has(data.data.tournamentId)) latestRequest.set(data.data.tournamentId, row);
  }
  const latestRun = new Map<string, { run: TPayoutRun; result: z.infer<typeof ZPayoutRunResult> }>();
  for (const row of runRows) {
    const result = ZPayoutRunResult.safeParse(row.result);
    const tournamentId = result.success ? keys.get(result.data.dedupKey) : undefined;
    if (!result.success || !tournamentId) continue;
    const run = { runId: row.id, trigger: row.trigger, startedAt: row.startedAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null };
    latestRun.set(tournamentId, { run, result: result.data });
  }

  const queuedSince = tournamentIds.flatMap((id) => {
    const request = latestRequest.get(id);
    const run = latestRun.get(id);
    return request && (!run || new Date(run.run.startedAt) < request.createdAt) ? [request.createdAt] : [];
  });
  const failures = queuedSince.length
    ? await db.automationRun.findMany({
        where: { job: PAYOUT_JOB, status: "FAILED", startedAt: { gte: new Date(Math.min(...queuedSince.map((at) => at.getTime()))) } },
        orderBy: { startedAt: "desc" },
        take: 20,
        select: { id: true, startedAt: true, error: true },
      })
    : [];

  return tournamentIds.map((tournamentId): TPayoutStatus => {
    const requestRow = latestRequest.get(tournamentId);
    const request = requestRow
      ? { eventId: requestRow.id, requestedAt: requestRow.createdAt.toISOString(), deliveredAt: requestRow.sentAt?.toISOString() ?? null, attempts: requestRow.attempts, lastError: requestRow.lastError }
      : null;
    const latest = latestRun.get(tournamentId);
    const rows = ledgerRows
      .filter((row) => row.dedupKey.startsWith(`payout:${tournamentId}:`))
      .map((row) => ({ place: Number(row.dedupKey.split(":").at(-1)), amount: row.amount, userId: row.userId, createdAt: row.createdAt.toISOString() }))
      .sort((a, b) => a.place - b.place);
    const base = { tournamentId, request, lastRun: latest?.run ?? null, ledger: { rows, totalCoins: rows.reduce((sum, row) => sum + row.amount, 0) } };

    if (requestRow && (!latest || new Date(latest.run.startedAt) < requestRow.createdAt)) {
      const failed = failures.find((run) => run.startedAt >= requestRow.createdAt);
      return { ...base, state: "queued", failedRun: failed ? { runId: failed.id, startedAt: failed.startedAt.toISOString(), error: failed.error ?? "Unknown error" } : null };
    }
    if (!latest) return { ...base, state: "idle" };
    if (latest.result.status === "not_ready") return { ...base, state: "not_ready", reason: latest.result.reason ?? "The tournament is not ready for payouts." };
    const payouts = latest.result.payouts.map(({ place, teamName, amount, captainId }) => ({ place, teamName, amount, captainId }));
    return { ...base, state: latest.result.status, payouts };
  });
}
