// Pays a completed tournament's prizes (the paid places of lib/payouts/places.ts, the tournament's
// prize table) to each placed team's captain, exactly once: one ledger row per place with a unique
// dedupKey (lib/payouts/payout-keys.ts) and the tournament's id, written under a per-tournament lock.
// Retries, duplicate events and concurrent runs find the rows and write none. Whatever follows
// the ledger (achievements, notifications) is keyed too, so a retry after a crash completes it
// without paying twice. The prize hold (lib/payouts/payout-hold.ts) is checked under that lock:
// nothing is paid before the hold ends, and nothing while an admin has frozen the payout — whoever
// asks (wrap-up, the dashboard's button, the CLI). A tournament already paid answers as before.
import { randomUUID } from "node:crypto";
import { payoutLedgerKey, payoutLockName } from "@/lib/payouts/payout-keys";
import { describePayoutHold, getPayoutHoldState } from "@/lib/payouts/payout-hold";
import { achievementKindForPlace, PAID_PLACES, placeLabel, prizeFor } from "@/lib/payouts/places";
import { generateDedupKey } from "@/lib/automation/dedup-key";
import { formatCoins } from "@/lib/format/format-coins";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transactWithEvents, type TEmit } from "@/lib/outbox/transact-with-events";
import { notificationRequested, teamAchievementEarned } from "@/inngest/events";

export type TPayout = {
  place: number;
  teamId: string;
  teamName: string;
  captainId: string;
  amount: number;
  transactionId: string;
};
export type TDistributeResult =
  | { status: "success" | "already_distributed"; payouts: TPayout[]; dedupKey: string }
  | { status: "not_ready"; reason: string; payouts: TPayout[]; dedupKey: string };

type TDistributeInput = {
  tournamentId: string;
  runId: string;
  /** The clock the hold is measured against (tests move it). */
  now?: Date;
};

export async function distributePayouts(input: TDistributeInput): Promise<TDistributeResult> {
  return transactWithEvents((tx, emit) => payTournament(tx, emit, input));
}

/** The payout inside the caller's transaction (the demo data pays its finished season with it, events not sent). */
export async function payTournament(
  tx: DbClient,
  emit: TEmit,
  { tournamentId, runId, now = new Date() }: TDistributeInput,
): Promise<TDistributeResult> {
  const dedupKey = generateDedupKey("distribute_payouts", { tournamentId });
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${payoutLockName(tournamentId)}))`;
  const tournament = await tx.tournament.findUnique({
    where: { id: tournamentId },
    select: {
      name: true,
      slug: true,
      status: true,
      prizes: true,
      completedAt: true,
      payoutsFrozenAt: true,
      payoutsFrozenReason: true,
      _count: { select: { registrations: true, payouts: true } },
    },
  });
  if (!tournament) throw new AppError("NOT_FOUND", `Tournament ${tournamentId} does not exist.`);
  if (tournament.status !== "COMPLETED") {
    return {
      status: "not_ready",
      reason: `${tournament.name} is ${tournament.status.toLowerCase()}, not completed.`,
      payouts: [],
      dedupKey,
    };
  }
  const hold = getPayoutHoldState({ ...tournament, isPaid: tournament._count.payouts > 0 }, now);
  if (hold.state === "frozen" || hold.state === "holding") {
    return {
      status: "not_ready",
      reason: `${tournament.name}: ${describePayoutHold(hold, now)}.`,
      payouts: [],
      dedupKey,
    };
  }
  const placements = await tx.placement.findMany({
    where: { tournamentId, place: { lte: PAID_PLACES } },
    orderBy: { place: "asc" },
    select: { place: true, team: { select: { id: true, name: true, slug: true, captainId: true } } },
  });
  const expected = Math.min(PAID_PLACES, Math.max(1, tournament._count.registrations));
  const missing = Array.from({ length: expected }, (_, index) => index + 1).filter(
    (place) => !placements.some((placement) => placement.place === place),
  );
  if (missing.length) {
    return {
      status: "not_ready",
      reason: `Final placements are not recorded for ${missing.map(placeLabel).join(", ")} place.`,
      payouts: [],
      dedupKey,
    };
  }

  const payouts: TPayout[] = [];
  let paidNow = 0;
  for (const { place, team } of placements) {
    const amount = prizeFor(tournament.prizes, place);
    if (amount <= 0) continue;
    const ledgerKey = payoutLedgerKey(tournamentId, place);
    const metadata = { tournamentId, place, teamId: team.id, runId, dedupKey, timestamp: new Date().toISOString() };
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "CoinTransaction" (id, "userId", amount, type, "dedupKey", "tournamentId", metadata, "createdAt")
      VALUES (${randomUUID()}, ${team.captainId}, ${amount}, 'TOURNAMENT_PAYOUT', ${ledgerKey}, ${tournamentId}, ${JSON.stringify(metadata)}::jsonb, now())
      ON CONFLICT ("dedupKey") DO NOTHING
      RETURNING id`;
    if (inserted[0]) paidNow += 1;
    // The row that exists now (ours, or an earlier run's) is the payout of this place.
    const row = await tx.coinTransaction.findUniqueOrThrow({
      where: { dedupKey: ledgerKey },
      select: { id: true, userId: true, amount: true },
    });
    payouts.push({
      place,
      teamId: team.id,
      teamName: team.name,
      captainId: row.userId,
      amount: row.amount,
      transactionId: row.id,
    });
    await completeFollowUps(tx, emit, {
      tournamentId,
      tournamentName: tournament.name,
      tournamentSlug: tournament.slug,
      place,
      team,
      ledgerKey,
      amount: row.amount,
      captainId: row.userId,
    });
  }
  return { status: paidNow > 0 ? "success" : "already_distributed", payouts, dedupKey };
}

type TFollowUp = {
  tournamentId: string;
  tournamentName: string;
  tournamentSlug: string;
  place: number;
  team: { id: string; name: string; slug: string };
  ledgerKey: string;
  amount: number;
  captainId: string;
};

/** The place's achievement and notifications; each keyed, so running it again adds nothing. */
async function completeFollowUps(tx: DbClient, emit: TEmit, payout: TFollowUp): Promise<void> {
  const kind = achievementKindForPlace(payout.place);
  await tx.$executeRaw`
    INSERT INTO "TeamAchievement" (id, "teamId", kind, "tournamentId", "earnedAt")
    VALUES (${randomUUID()}, ${payout.team.id}, ${kind}::"AchievementKind", ${payout.tournamentId}, now())
    ON CONFLICT ("teamId", kind, "tournamentId") DO NOTHING`;
  const achievement = await tx.teamAchievement.findUniqueOrThrow({
    where: { teamId_kind_tournamentId: { teamId: payout.team.id, kind, tournamentId: payout.tournamentId } },
    select: { id: true },
  });
  // Deterministic outbox ids: staging the same event again is a no-op (lib/outbox/stage-events.ts).
  emit(
    {
      ...teamAchievementEarned.create({
        achievementId: achievement.id,
        teamId: payout.team.id,
        tournamentId: payout.tournamentId,
        kind,
      }),
      id: `achievement-earned:${achievement.id}`,
    },
    {
      ...notificationRequested.create({
        type: "payout_received",
        recipientIds: [payout.captainId],
        title: `${formatCoins(payout.amount)} for ${placeLabel(payout.place)} place`,
        body: `${payout.team.name} finished ${placeLabel(payout.place)} in ${payout.tournamentName}. As captain you received the ${payout.amount.toLocaleString("en-US")}-coin prize.`,
        url: `/tournaments/${payout.tournamentSlug}`,
        dedupKey: payout.ledgerKey,
        teamId: payout.team.id,
        data: {
          tournamentId: payout.tournamentId,
          place: payout.place,
          amount: payout.amount,
          teamName: payout.team.name,
        },
      }),
      id: `payout-received:${payout.ledgerKey}`,
    },
  );
}
