// Where a tournament's prize payout stands, for the admin dashboard and its poll
// (GET /api/admin/payout-status): the latest request, the outcome of the latest distribute-payouts
// run for the tournament, and the ledger's own truth (lib/payouts/get-payout-ledger.ts).
//
// A run is the tournament's by its subject (runDistributePayouts records it). A request is "queued"
// while no run of the tournament started after it (both times come from PostgreSQL's clock); a run
// of the tournament that failed since the request is reported beside "queued", as Inngest retries it.
//
// Requests are outbox rows. The latest one is the row the caller names (`eventId`, known after
// "Distribute payouts") or else the newest one still waiting to be sent — both found by index.
import { z } from "zod";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { payoutsDistributeRequested } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import { getPayoutLedgers, type TPayoutLedger } from "./get-payout-ledger";
import { PAYOUT_JOB, PAYOUT_SUBJECT_TYPE } from "./payout-keys";

export type TPayoutLine = { place: number; teamName: string; amount: number; captainId: string };
export type TPayoutRequest = {
  eventId: string;
  requestedAt: string;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
};
export type TPayoutRun = { runId: string; trigger: RunTrigger; startedAt: string; finishedAt: string | null };

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
  ledger: TPayoutLedger;
};

const ZPayoutRunResult = z.object({
  status: z.enum(["success", "already_distributed", "not_ready"]),
  reason: z.string().optional(),
  payouts: z
    .array(z.object({ place: z.number(), teamName: z.string(), amount: z.number(), captainId: z.string() }))
    .default([]),
});

const ZRequestData = z.object({ tournamentId: z.string() });

export const ZGetPayoutStatusInput = z.object({
  tournamentId: zId("a tournament"),
  eventId: z.string().trim().min(1).max(200).nullish(),
});
export type TGetPayoutStatusInput = z.input<typeof ZGetPayoutStatusInput>;

/** One tournament's payout status. `eventId`: the request the caller made (from requestPayouts). */
export async function getPayoutStatus(actor: TActor, input: TGetPayoutStatusInput): Promise<TPayoutStatus> {
  assertAdmin(actor);
  const { tournamentId, eventId } = parseInput(ZGetPayoutStatusInput, input);
  const tournament = await db.tournament.findUnique({ where: { id: tournamentId }, select: { id: true } });
  if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
  const [status] = await getPayoutStatuses([tournamentId], eventId ? [eventId] : []);
  if (!status) throw new Error("unreachable: one status per tournament");
  return status;
}

/** The payout status of each tournament, in a fixed number of queries (callers check the actor). */
export async function getPayoutStatuses(tournamentIds: string[], eventIds: string[] = []): Promise<TPayoutStatus[]> {
  if (tournamentIds.length === 0) return [];
  const [requestRows, runRows, ledgers] = await Promise.all([
    db.outboxEvent.findMany({
      where: {
        name: payoutsDistributeRequested.name,
        OR: [{ sentAt: null }, ...(eventIds.length ? [{ id: { in: eventIds } }] : [])],
      },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { id: true, data: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
    }),
    // Only a finished run records a result: the latest SUCCEEDED run is the tournament's outcome.
    db.$queryRaw<
      {
        id: string;
        subjectId: string;
        trigger: RunTrigger;
        startedAt: Date;
        finishedAt: Date | null;
        result: unknown;
      }[]
    >`
      SELECT DISTINCT ON ("subjectId") id, "subjectId", trigger, "startedAt", "finishedAt", result
      FROM "AutomationRun"
      WHERE "subjectType" = ${PAYOUT_SUBJECT_TYPE}::"RunSubjectType" AND "subjectId" = ANY(${tournamentIds}::text[]) AND job = ${PAYOUT_JOB} AND status = 'SUCCEEDED'
      ORDER BY "subjectId", "startedAt" DESC`,
    getPayoutLedgers(tournamentIds),
  ]);

  const latestRequest = new Map<string, (typeof requestRows)[number]>();
  for (const row of requestRows) {
    const data = ZRequestData.safeParse(row.data);
    if (data.success && !latestRequest.has(data.data.tournamentId)) latestRequest.set(data.data.tournamentId, row);
  }
  const latestRun = new Map<string, { run: TPayoutRun; result: z.infer<typeof ZPayoutRunResult> }>();
  for (const row of runRows) {
    const result = ZPayoutRunResult.safeParse(row.result);
    if (!result.success) continue;
    const run = {
      runId: row.id,
      trigger: row.trigger,
      startedAt: row.startedAt.toISOString(),
      finishedAt: row.finishedAt?.toISOString() ?? null,
    };
    latestRun.set(row.subjectId, { run, result: result.data });
  }

  const queuedSince = new Map(
    tournamentIds.flatMap((id) => {
      const request = latestRequest.get(id);
      const run = latestRun.get(id);
      return request && (!run || new Date(run.run.startedAt) < request.createdAt)
        ? [[id, request.createdAt] as const]
        : [];
    }),
  );
  const failures = queuedSince.size
    ? await db.automationRun.findMany({
        where: {
          subjectType: PAYOUT_SUBJECT_TYPE,
          subjectId: { in: [...queuedSince.keys()] },
          job: PAYOUT_JOB,
          status: "FAILED",
          startedAt: { gte: new Date(Math.min(...[...queuedSince.values()].map((at) => at.getTime()))) },
        },
        orderBy: { startedAt: "desc" },
        take: 20,
        select: { id: true, subjectId: true, startedAt: true, error: true },
      })
    : [];

  return tournamentIds.map((tournamentId, index): TPayoutStatus => {
    const requestRow = latestRequest.get(tournamentId);
    const request = requestRow
      ? {
          eventId: requestRow.id,
          requestedAt: requestRow.createdAt.toISOString(),
          deliveredAt: requestRow.sentAt?.toISOString() ?? null,
          attempts: requestRow.attempts,
          lastError: requestRow.lastError,
        }
      : null;
    const latest = latestRun.get(tournamentId);
    const ledger = ledgers[index];
    if (!ledger) throw new Error("unreachable: one ledger per tournament");
    const base = { tournamentId, request, lastRun: latest?.run ?? null, ledger };

    const queuedAt = queuedSince.get(tournamentId);
    if (queuedAt) {
      const failed = failures.find((run) => run.subjectId === tournamentId && run.startedAt >= queuedAt);
      return {
        ...base,
        state: "queued",
        failedRun: failed
          ? { runId: failed.id, startedAt: failed.startedAt.toISOString(), error: failed.error ?? "Unknown error" }
          : null,
      };
    }
    if (!latest) return { ...base, state: "idle" };
    if (latest.result.status === "not_ready")
      return {
        ...base,
        state: "not_ready",
        reason: latest.result.reason ?? "The tournament is not ready for payouts.",
      };
    const payouts = latest.result.payouts.map(({ place, teamName, amount, captainId }) => ({
      place,
      teamName,
      amount,
      captainId,
    }));
    return { ...base, state: latest.result.status, payouts };
  });
}
