// Every event of the app, each with its schema. Functions trigger on these and sends
// are built with `.create(data)`, so payloads are typed and validated at both ends.
import { eventType } from "inngest";
import { z } from "zod";
import { AchievementKind, NotificationType, RunTrigger } from "@/lib/generated/prisma/enums";
import { LINK_MAX_LENGTH } from "@/lib/links/safe-link";

/** Database ids (cuid, uuid, seed ids): plain and bounded, so every event has a bounded size (events.test.ts). */
const ZId = z
  .string()
  .regex(/^[\w.:-]+$/, "must be an id")
  .min(1)
  .max(100);
/** What started a job run (AutomationRun.trigger). */
const ZTrigger = z.enum(RunTrigger);

export const teamInviteSent = eventType("team/invite.sent", {
  schema: z.object({ inviteId: ZId, teamId: ZId, inviteeId: ZId, invitedById: ZId }),
});

export const teamInviteAccepted = eventType("team/invite.accepted", {
  schema: z.object({ inviteId: ZId, teamId: ZId, userId: ZId }),
});

/**
 * `userId` is the player concerned: the one who joined or left (`added`, `removed`), the new captain
 * (`captain`), or the player whose pending invite the captain withdrew (`invite_withdrawn`).
 */
export const ROSTER_CHANGES = ["added", "removed", "captain", "invite_withdrawn"] as const;

export const teamRosterChanged = eventType("team/roster.changed", {
  schema: z.object({ teamId: ZId, userId: ZId, change: z.enum(ROSTER_CHANGES), actorId: ZId.nullable() }),
});

export const tournamentRegistrationCreated = eventType("tournament/registration.created", {
  schema: z.object({ registrationId: ZId, tournamentId: ZId, teamId: ZId }),
});

export const tournamentRegistrationWithdrawn = eventType("tournament/registration.withdrawn", {
  schema: z.object({ tournamentId: ZId, teamId: ZId, actorId: ZId }),
});

/** `scheduledAt` (ISO): the start time the match was scheduled for; absent on events written before it was added. */
export const matchScheduled = eventType("match/scheduled", {
  schema: z.object({ matchId: ZId, tournamentId: ZId, scheduledAt: z.iso.datetime().optional() }),
});

/** An admin moved a scheduled match: `scheduledAt` is the new start (ISO), `previousScheduledAt` the old one. */
export const matchRescheduled = eventType("match/rescheduled", {
  schema: z.object({
    matchId: ZId,
    tournamentId: ZId,
    scheduledAt: z.iso.datetime(),
    previousScheduledAt: z.iso.datetime().nullable(),
  }),
});

export const matchCancelled = eventType("match/cancelled", {
  schema: z.object({ matchId: ZId, tournamentId: ZId }),
});

export const matchResultPosted = eventType("match/result.posted", {
  schema: z.object({ matchId: ZId, tournamentId: ZId }),
});

export const tournamentBracketPublished = eventType("tournament/bracket.published", {
  schema: z.object({ tournamentId: ZId }),
});

export const tournamentCompleted = eventType("tournament/completed", {
  schema: z.object({ tournamentId: ZId }),
});

export const rankingsRecomputeRequested = eventType("rankings/recompute.requested", {
  schema: z.object({ tournamentId: ZId.nullable(), trigger: ZTrigger }),
});

export const rankingsChanged = eventType("rankings/changed", {
  schema: z.object({
    teamId: ZId,
    oldRank: z.number().int().nullable(),
    newRank: z.number().int(),
    points: z.number().int(),
    /** The newest result that explains the move (lib/rankings/recompute-rankings.ts); null when none does. */
    lastResult: z
      .object({
        outcome: z.enum(["win", "loss", "draw"]),
        opponentName: z.string().max(200),
        scoreFor: z.number().int().nullable(),
        scoreAgainst: z.number().int().nullable(),
      })
      .nullish(),
  }),
});

export const payoutsDistributeRequested = eventType("payouts/distribute.requested", {
  schema: z.object({ tournamentId: ZId, trigger: ZTrigger }),
});

export const teamAchievementEarned = eventType("team/achievement.earned", {
  schema: z.object({
    achievementId: ZId,
    teamId: ZId,
    tournamentId: ZId,
    kind: z.enum(AchievementKind),
  }),
});

export const sponsorApproved = eventType("sponsor/approved", {
  schema: z.object({ sponsorId: ZId, teamId: ZId }),
});

export const promotionStarted = eventType("promotion/started", {
  schema: z.object({ promotionId: ZId, teamId: ZId }),
});

export const ZNotificationType = z.enum(NotificationType);

/** What a notification keeps for later (links, grouping, the admin's view): a few small, named values. */
const ZNotificationData = z.strictObject({
  announcementId: ZId.optional(),
  inviteId: ZId.optional(),
  teamId: ZId.optional(),
  tournamentId: ZId.optional(),
  matchId: ZId.optional(),
  teamName: z.string().max(200).optional(),
  place: z.number().int().optional(),
  amount: z.number().int().optional(),
  test: z.boolean().optional(),
});

/**
 * Recipients per notification request: the largest request (1,000 ids of up to 100 characters, a
 * 4,000-character body) stays far below Inngest's event size limit (inngest/events.test.ts).
 */
export const NOTIFICATION_REQUEST_MAX_RECIPIENTS = 1_000;

/** Generic: "tell these users this". The dedup key makes a redelivered request notify nobody twice. */
export const notificationRequested = eventType("notification/requested", {
  schema: z.object({
    type: ZNotificationType,
    recipientIds: z.array(ZId).min(1).max(NOTIFICATION_REQUEST_MAX_RECIPIENTS),
    title: z.string().min(1).max(200),
    body: z.string().max(4000),
    url: z.string().max(LINK_MAX_LENGTH).nullable(),
    dedupKey: z.string().min(1).max(200),
    /** The team whose Discord webhook gets the post, for team events. */
    teamId: ZId.nullable(),
    /** The tournament it is about, if any: recorded on the notification, and a player who muted it is not notified. */
    tournamentId: ZId.nullable().optional(),
    /** Post to the platform webhook: default = the catalog's choice for the type (e.g. ranking_changed only on top-10 moves). */
    postToPlatform: z.boolean().optional(),
    data: ZNotificationData.nullable(),
  }),
});

/**
 * A user's quiet hours end at `releaseAt`: their HELD email and Discord deliveries up to then go out
 * (lib/notifications/quiet-hours/release-held-deliveries.ts). One per user and window end; the event
 * id `quiet-release:<userId>:<releaseAt>` makes every notify run of that night share one release.
 */
export const quietHoursReleaseRequested = eventType("notification/quiet-hours.release-requested", {
  schema: z.object({ userId: ZId, releaseAt: z.iso.datetime() }),
});

export const announcementCreated = eventType("announcement/created", {
  schema: z.object({ announcementId: ZId }),
});

/** One provider call's worth of emails (lib/notifications/email/plan-email-batches.ts) is ready to send. */
export const emailBatchReady = eventType("email/batch.ready", {
  schema: z.object({ batchId: ZId }),
});

/**
 * One claimed Discord post (lib/notifications/discord/claim-discord-posts.ts) is ready to go out.
 * `webhookKey` names the webhook without its secret ("platform" or "team:<teamId>"): the throttle key.
 */
export const discordPostRequested = eventType("discord/post.requested", {
  schema: z.object({
    postId: ZId,
    webhookKey: z
      .string()
      .regex(/^(platform|team:.+)$/)
      .max(110),
  }),
});

/** A half-hour slot's digests are due: send-digests reads them a page at a time. */
export const digestSlotDue = eventType("digest/slot.due", {
  schema: z.object({ at: z.iso.datetime() }),
});

/** A request to run a scheduled job now (Vercel Cron route, admin dashboard). */
const ZJobRequest = z.object({ trigger: ZTrigger });

export const tournamentWrapUpRequested = eventType("jobs/tournament-wrapup.requested", { schema: ZJobRequest });
export const expireInvitesRequested = eventType("jobs/expire-invites.requested", { schema: ZJobRequest });
export const expireSponsorsRequested = eventType("jobs/expire-sponsors.requested", { schema: ZJobRequest });
export const processPromotionsRequested = eventType("jobs/process-promotions.requested", { schema: ZJobRequest });
export const scheduleDigestsRequested = eventType("jobs/schedule-digests.requested", { schema: ZJobRequest });
export const cleanupRequested = eventType("jobs/cleanup.requested", { schema: ZJobRequest });

export const ALL_EVENTS = [
  teamInviteSent,
  teamInviteAccepted,
  teamRosterChanged,
  tournamentRegistrationCreated,
  tournamentRegistrationWithdrawn,
  matchScheduled,
  matchRescheduled,
  matchCancelled,
  matchResultPosted,
  tournamentBracketPublished,
  tournamentCompleted,
  rankingsRecomputeRequested,
  rankingsChanged,
  payoutsDistributeRequested,
  teamAchievementEarned,
  sponsorApproved,
  promotionStarted,
  notificationRequested,
  announcementCreated,
  discordPostRequested,
  emailBatchReady,
  digestSlotDue,
  tournamentWrapUpRequested,
  expireInvitesRequested,
  expireSponsorsRequested,
  processPromotionsRequested,
  scheduleDigestsRequested,
  cleanupRequested,
] as const;

export type TEventName = (typeof ALL_EVENTS)[number]["name"];
