// The one registry of scheduled jobs (the specification's schedules, UTC): name, what each runs,
// when, and the event that asks for a run now. Everything else derives from it: the Inngest
// functions (inngest/scheduled-job-function.ts), the Vercel Cron route and the test that keeps
// vercel.json equal (app/api/cron/[job]), the CLI commands (scripts/job.ts) and the admin
// dashboard's jobs (lib/admin/get-admin-jobs.ts). All of them run the same lib function
// through runJob (one AutomationRun each).
import type { TDomainEvent } from "@/lib/outbox/stage-events";
import { recomputeRankings, summarizeRankings } from "@/lib/rankings/recompute-rankings";
import { expireInvites } from "@/lib/teams/expire-invites";
import { INVITE_TTL_MS } from "@/lib/teams/invite-player";
import { expireSponsors } from "@/lib/teams/expire-sponsors";
import { processPromotions } from "@/lib/teams/process-promotions";
import { wrapUpTournaments } from "@/lib/tournaments/wrap-up-tournaments";
import { cleanupNotifications } from "@/lib/notifications/cleanup";
import { env } from "@/lib/env";
import { scheduleDigests } from "@/lib/notifications/digest/schedule-digests";
import type { RunTrigger } from "@/lib/generated/prisma/enums";
import {
  cleanupRequested,
  expireInvitesRequested,
  expireSponsorsRequested,
  processPromotionsRequested,
  rankingsRecomputeRequested,
  scheduleDigestsRequested,
  tournamentWrapUpRequested,
} from "@/inngest/events";
import { periodKey, type TPeriod } from "./period-key";
import { runJob, type TJobRun } from "./run-job";

const DAY_MS = 24 * 3_600_000;

export type TScheduledJob = {
  description: string;
  /** Cron expression, UTC. */
  schedule: string;
  /** A scheduled trigger runs at most once per period. */
  period: TPeriod;
  /** Runs the job as of `at`: the cron tick it belongs to (so a retry later still works on its slot), or now. */
  run: (at: Date) => Promise<Record<string, unknown>>;
  /** The event that asks Inngest to run the job now. */
  requestEvent: (trigger: RunTrigger) => TDomainEvent;
};

export const SCHEDULED_JOBS = {
  "recompute-rankings": {
    description: "Recompute every team's points, W/D/L and rank from completed matches",
    schedule: "0 2 * * *",
    period: "day",
    run: async () => summarizeRankings(await recomputeRankings({ tournamentId: null })),
    requestEvent: (trigger) => rankingsRecomputeRequested.create({ tournamentId: null, trigger }),
  },
  "tournament-wrapup": {
    description:
      "Completed tournaments past their prize hold, not frozen, not yet wrapped up → request rankings and payouts",
    schedule: "15 * * * *",
    period: "hour",
    run: (at) => wrapUpTournaments(at),
    requestEvent: (trigger) => tournamentWrapUpRequested.create({ trigger }),
  },
  "expire-invites": {
    description: `PENDING team invites older than ${INVITE_TTL_MS / DAY_MS} days → EXPIRED`,
    schedule: "0 */6 * * *",
    period: "6h",
    run: (at) => expireInvites(at),
    requestEvent: (trigger) => expireInvitesRequested.create({ trigger }),
  },
  "expire-sponsors": {
    description: "Sponsorships past their end date → EXPIRED",
    schedule: "0 3 * * *",
    period: "day",
    run: (at) => expireSponsors(at),
    requestEvent: (trigger) => expireSponsorsRequested.create({ trigger }),
  },
  "process-promotions": {
    description: "Start scheduled promotions whose time came; expire finished ones",
    schedule: "0 * * * *",
    period: "hour",
    run: (at) => processPromotions(at),
    requestEvent: (trigger) => processPromotionsRequested.create({ trigger }),
  },
  "schedule-digests": {
    description: "Users whose local digest time has come → their digests, sent in provider batches",
    schedule: "*/15 * * * *",
    period: "15m",
    run: (at) => scheduleDigests(at),
    requestEvent: (trigger) => scheduleDigestsRequested.create({ trigger }),
  },
  cleanup: {
    description: `Retention: read and hidden notifications and finished runs older than ${env.RETENTION_DAYS} days (RETENTION_DAYS), week-old dev mail, expired sessions and sign-in tokens (unread notifications are kept)`,
    schedule: "30 4 * * *",
    period: "day",
    run: (at) => cleanupNotifications({ now: at }),
    requestEvent: (trigger) => cleanupRequested.create({ trigger }),
  },
} satisfies Record<string, TScheduledJob>;

export type TScheduledJobName = keyof typeof SCHEDULED_JOBS;

export function isScheduledJobName(name: string): name is TScheduledJobName {
  return Object.hasOwn(SCHEDULED_JOBS, name);
}

/** Runs a scheduled job; a CRON trigger takes the period of `at` and does nothing if it already ran. */
export function runScheduledJob(
  name: TScheduledJobName,
  trigger: RunTrigger,
  at: Date = new Date(),
): Promise<TJobRun<Record<string, unknown>>> {
  const job: TScheduledJob = SCHEDULED_JOBS[name];
  return runJob({ job: name, trigger, periodKey: trigger === "CRON" ? periodKey(job.period, at) : null }, () =>
    job.run(at),
  );
}

/** Rankings for everyone are the scheduled job; for one tournament's teams, a plain run. */
export function runRecomputeRankings({
  tournamentId,
  trigger,
  at = new Date(),
}: {
  tournamentId: string | null;
  trigger: RunTrigger;
  at?: Date;
}) {
  if (tournamentId === null) return runScheduledJob("recompute-rankings", trigger, at);
  return runJob({ job: "recompute-rankings", trigger }, async () =>
    summarizeRankings(await recomputeRankings({ tournamentId })),
  );
}
