// Every Inngest function of the app: the list served at /api/inngest. One function per file.
// The outbox sweep is cron-only: when Vercel Cron fires the schedules (SCHEDULER=vercel),
// /api/cron/outbox sweeps instead and the function is not served.
import { env } from "@/lib/env";
import { cleanupFunction } from "./cleanup";
import { distributePayoutsFunction } from "./distribute-payouts";
import { expireInvitesFunction } from "./expire-invites";
import { notifyFunction } from "./notify";
import { notifyOnTeamEventFunction } from "./notify-on-team-event";
import { notifyOnTournamentEventFunction } from "./notify-on-tournament-event";
import { postToDiscordFunction } from "./post-to-discord";
import { expireSponsorsFunction } from "./expire-sponsors";
import { processPromotionsFunction } from "./process-promotions";
import { recomputeRankingsFunction } from "./recompute-rankings";
import { relayOutboxFunction } from "./relay-outbox";
import { remindMatchStartFunction } from "./remind-match-start";
import { releaseHeldNotificationsFunction } from "./release-held-notifications";
import { scheduleDigestsFunction } from "./schedule-digests";
import { sendAnnouncementFunction } from "./send-announcement";
import { sendDigestsFunction } from "./send-digests";
import { sendEmailBatchFunction } from "./send-email-batch";
import { tournamentWrapUpFunction } from "./tournament-wrapup";

export const functions = [
  recomputeRankingsFunction,
  distributePayoutsFunction,
  tournamentWrapUpFunction,
  expireInvitesFunction,
  expireSponsorsFunction,
  processPromotionsFunction,
  ...(env.SCHEDULER === "inngest" ? [relayOutboxFunction] : []),
  notifyFunction,
  sendEmailBatchFunction,
  postToDiscordFunction,
  notifyOnTeamEventFunction,
  notifyOnTournamentEventFunction,
  remindMatchStartFunction,
  scheduleDigestsFunction,
  sendDigestsFunction,
  cleanupFunction,
  sendAnnouncementFunction,
  releaseHeldNotificationsFunction,
];
