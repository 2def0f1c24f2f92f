// An announcement → `notification/requested` for its audience, for the send-announcement function
// to send page by page with step.sendEvent: `getAnnouncementToSend` says whether it still needs
// sending, `planAnnouncementPage` turns one keyset page of the audience (ANNOUNCEMENT_PAGE_SIZE users:
// bounded memory and step output at any audience size) into requests of at most
// NOTIFICATION_REQUEST_MAX_RECIPIENTS, and `recordAnnouncementSent` records the count and sentAt.
// Once only: a sent announcement plans nothing; the requests' ids are fixed per page and chunk (and
// memoized by the steps), and notify dedupes per user, so retries and redeliveries notify nobody twice.
import { notificationRequested, NOTIFICATION_REQUEST_MAX_RECIPIENTS } from "@/inngest/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listAudiencePage, type TAnnouncementAudience } from "./announcement-audience";

/** Users read per step: a few requests' worth. */
/** Every notification of one announcement carries this dedup key (get-announcement-progress.ts counts by it). */
export const ANNOUNCEMENT_DEDUP_PREFIX = "announcement:";
export const announcementDedupKey = (announcementId: string) => `${ANNOUNCEMENT_DEDUP_PREFIX}${announcementId}`;

export const ANNOUNCEMENT_PAGE_SIZE = 5_000;

export type TAnnouncementToSend = { alreadySent: true; recipientCount: number } | { alreadySent: false };
export type TAnnouncementPage = {
  events: (ReturnType<typeof notificationRequested.create> & { id: string })[];
  recipients: number;
  nextAfter: string | null;
};

export async function getAnnouncementToSend(announcementId: string): Promise<TAnnouncementToSend> {
  const announcement = await db.announcement.findUnique({
    where: { id: announcementId },
    select: { sentAt: true, recipientCount: true },
  });
  if (!announcement) throw new AppError("NOT_FOUND", `Announcement ${announcementId} does not exist.`);
  return announcement.sentAt
    ? { alreadySent: true, recipientCount: announcement.recipientCount ?? 0 }
    : { alreadySent: false };
}

/** Page `page` of the audience, after user `after` (null: the first page). */
export async function planAnnouncementPage(
  announcementId: string,
  page: number,
  after: string | null,
): Promise<TAnnouncementPage> {
  const announcement = await db.announcement.findUnique({
    where: { id: announcementId },
    select: { id: true, title: true, body: true, url: true, audience: true, targetId: true },
  });
  if (!announcement) throw new AppError("NOT_FOUND", `Announcement ${announcementId} does not exist.`);
  const audience = toAudience(announcement);
  const userIds = await listAudiencePage(db, audience, after, ANNOUNCEMENT_PAGE_SIZE);
  const dedupKey = announcementDedupKey(announcement.id);
  const events = [];
  for (let start = 0, chunk = 0; start < userIds.length; start += NOTIFICATION_REQUEST_MAX_RECIPIENTS, chunk++) {
    events.push({
      ...notificationRequested.create({
        type: "announcement",
        recipientIds: userIds.slice(start, start + NOTIFICATION_REQUEST_MAX_RECIPIENTS),
        title: announcement.title,
        body: announcement.body,
        url: announcement.url,
        // One key for every chunk: notify dedupes per user, and the Discord post is claimed per key (one post).
        dedupKey,
        teamId: audience.audience === "TEAM" ? audience.targetId : null,
        // Only announcements to everyone are public news on the platform's Discord channel.
        postToPlatform: audience.audience === "ALL",
        data: { announcementId: announcement.id },
      }),
      id: `${dedupKey}:${page}.${chunk}`,
    });
  }
  return {
    events,
    recipients: userIds.length,
    nextAfter: userIds.length === ANNOUNCEMENT_PAGE_SIZE ? (userIds.at(-1) ?? null) : null,
  };
}

/** The fan-out is done: its recipient count (as sent, not as written) and sentAt, once. */
export async function recordAnnouncementSent(announcementId: string, recipientCount: number): Promise<void> {
  await db.announcement.updateMany({
    where: { id: announcementId, sentAt: null },
    data: { recipientCount, sentAt: new Date() },
  });
}

function toAudience(row: {
  id: string;
  audience: TAnnouncementAudience["audience"];
  targetId: string | null;
}): TAnnouncementAudience {
  if (row.audience === "ALL") return { audience: "ALL", targetId: null };
  // createAnnouncement never writes a TEAM/TOURNAMENT row without a target; a row that has none is broken, not retryable.
  if (!row.targetId)
    throw new AppError(
      "INVALID_INPUT",
      `Announcement ${row.id} is for a ${row.audience.toLowerCase()} but names none.`,
    );
  return { audience: row.audience, targetId: row.targetId };
}
