// An announcement → `notification/requested` for its audience, 1,000 recipients per request, staged
// through the outbox with ids `announcement:<id>:<chunk>`, and the final recipient count and sentAt
// recorded — one transaction. Once only: the row is locked and a sent announcement stages nothing,
// so retries, redeliveries and concurrent runs request nobody twice (and notify dedupes per user).
import { notificationRequested } from "@/inngest/events";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/events/transact-with-events";
import type { AnnouncementAudience } from "@/lib/generated/prisma/enums";
import { listAudienceUserIds, type TAnnouncementAudience } from "./announcement-audience";

/** Recipients per notification request: small events, and notify's bulk inserts stay quick. */
export const ANNOUNCEMENT_CHUNK_SIZE = 1_000;

export type TFanOutResult = {
  recipientCount: number;
  requests: number;
  /** True when an earlier run already sent it: nothing was staged now. */
  alreadySent: boolean;
};

type TAnnouncementRow = {
  id: string;
  title: string;
  body: string;
  url: string | null;
  audience: AnnouncementAudience;
  targetId: string | null;
  recipientCount: number | null;
  sentAt: Date | null;
};

const requestsFor = (recipientCount: number) => Math.ceil(recipientCount / ANNOUNCEMENT_CHUNK_SIZE);

export async function fanOutAnnouncement(announcementId: string): Promise<TFanOutResult> {
  return transactWithEvents(async (tx, emit) => {
    // The row lock makes a concurrent second run wait, then find sentAt set.
    const [announcement] = await tx.$queryRaw<TAnnouncementRow[]>`
      SELECT id, title, body, url, audience::text AS audience, "targetId", "recipientCount", "sentAt"
      FROM "Announcement" WHERE id = ${announcementId} FOR UPDATE`;
    if (!announcement) throw new AppError("NOT_FOUND", `Announcement ${announcementId} does not exist.`);
    if (announcement.sentAt) {
      const recipientCount = announcement.recipientCount ?? 0;
      return { recipientCount, requests: requestsFor(recipientCount), alreadySent: true };
    }

    const audience = toAudience(announcement);
    const recipientIds = await listAudienceUserIds(tx, audience);
    const dedupKey = `announcement:${announcement.id}`;
    for (let start = 0, chunk = 0; start < recipientIds.length; start += ANNOUNCEMENT_CHUNK_SIZE, chunk++) {
      emit({
        ...notificationRequested.create({
          type: "announcement",
          recipientIds: recipientIds.slice(start, start + ANNOUNCEMENT_CHUNK_SIZE),
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
        id: `${dedupKey}:${chunk}`,
      });
    }
    await tx.announcement.update({ where: { id: announcement.id }, data: { recipientCount: recipientIds.length, sentAt: new Date() } });
    return { recipientCount: recipientIds.length, requests: requestsFor(recipientIds.length), alreadySent: false };
  });
}

function toAudience(row: TAnnouncementRow): TAnnouncementAudience {
  if (row.audience === "ALL") return { audience: "ALL", targetId: null };
  // createAnnouncement never writes a TEAM/TOURNAMENT row without a target; a row that has none is broken, not retryable.
  if (!row.targetId) throw new AppError("INVALID_INPUT", `Announcement ${row.id} is for a ${row.audience.toLowerCase()} but names none.`);
  return { audience: row.audience, targetId: row.targetId };
}
