// The emails of one provider batch, rendered from the database in a fixed order (notification
// deliveries by id, then digests by id), so every attempt of the batch sends the same payload under
// the same idempotency key. Three queries for any batch size; each recipient's time zone comes with
// their row, so the times in a text read in the recipient's zone.
import { db } from "@/lib/db";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import type { TEmail } from "@/lib/mail/send-email";
import { renderTimeTokens } from "@/lib/notifications/content/time-tokens";
import { emailLinksFor } from "./email-links";
import { groupForDigest } from "./group-for-digest";
import { renderDigestEmail } from "./render-digest-email";
import type { TRenderedEmail } from "./render-notification-email";
import { renderNotificationEmails } from "./render-notification-emails";

export type TBatchMember = { kind: "delivery" | "digest"; id: string };
/** `email` is null when the member cannot be sent (no address any more). */
export type TBatchEmail = { member: TBatchMember; email: Omit<TEmail, "idempotencyKey"> | null };

type TDeliveryRow = {
  id: string;
  userId: string;
  email: string | null;
  name: string | null;
  timezone: string;
  type: NotificationType;
  title: string;
  body: string;
  url: string | null;
};
type TDigestRow = {
  id: string;
  userId: string;
  email: string | null;
  name: string | null;
  digestDate: Date;
  timezone: string;
};
type TDigestItemRow = {
  digestId: string;
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  url: string | null;
  createdAt: Date;
};

export async function renderBatchEmails(batchId: string): Promise<TBatchEmail[]> {
  const [deliveries, digests, digestItems] = await Promise.all([
    db.$queryRaw<TDeliveryRow[]>`
      SELECT d.id, n."userId", u.email::text AS email, u.name, u.timezone, n.type, n.title, n.body, n.url
      FROM "Delivery" d JOIN "Notification" n ON n.id = d."notificationId" JOIN "User" u ON u.id = n."userId"
      WHERE d."emailBatchId" = ${batchId} AND d.status = 'PENDING' ORDER BY d.id`,
    db.$queryRaw<TDigestRow[]>`
      SELECT g.id, g."userId", u.email::text AS email, u.name, g."digestDate", u.timezone
      FROM "NotificationDigest" g JOIN "User" u ON u.id = g."userId"
      WHERE g."emailBatchId" = ${batchId} AND g."sentAt" IS NULL AND g.reason IS NULL ORDER BY g.id`,
    db.$queryRaw<TDigestItemRow[]>`
      SELECT n."digestId", n.id, n.type, n.title, n.body, n.url, n."createdAt"
      FROM "Notification" n JOIN "NotificationDigest" g ON g.id = n."digestId"
      WHERE g."emailBatchId" = ${batchId} ORDER BY n."createdAt" DESC, n.id`,
  ]);

  const itemsOf = new Map<string, TDigestItemRow[]>();
  for (const item of digestItems) {
    const items = itemsOf.get(item.digestId);
    if (items) items.push(item);
    else itemsOf.set(item.digestId, [item]);
  }
  // Mail merge: the recipients of one notification share its render (render-notification-emails.ts).
  const addressed = deliveries.flatMap((row) =>
    row.email ? [{ row, to: row.email, links: emailLinksFor(row.userId, row.type) }] : [],
  );
  const contents = await renderNotificationEmails(
    addressed.map(({ row, links }) => ({
      appUrl: links.appUrl,
      recipientName: row.name,
      // Times in the text are tokens, read in the recipient's zone (lib/notifications/content/time-tokens.ts).
      notification: {
        type: row.type,
        title: renderTimeTokens(row.title, row.timezone),
        body: renderTimeTokens(row.body, row.timezone),
        url: row.url,
      },
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
    })),
  );
  const emailOf = new Map(
    addressed.map(({ row, to, links }, index) => [
      row.id,
      { to, ...(contents[index] as TRenderedEmail), headers: links.headers },
    ]),
  );
  const rendered = deliveries.map((row): TBatchEmail => ({
    member: { kind: "delivery", id: row.id },
    email: emailOf.get(row.id) ?? null,
  }));

  const renderedDigests = digests.map(async (row): Promise<TBatchEmail> => {
    const member = { kind: "digest", id: row.id } as const;
    if (!row.email) return { member, email: null };
    const links = emailLinksFor(row.userId, "digest");
    const content = await renderDigestEmail({
      appUrl: links.appUrl,
      recipientName: row.name,
      date: row.digestDate.toISOString().slice(0, 10),
      groups: groupForDigest(
        (itemsOf.get(row.id) ?? []).map((item) => ({
          ...item,
          title: renderTimeTokens(item.title, row.timezone),
          body: renderTimeTokens(item.body, row.timezone),
        })),
      ),
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
      timeZone: row.timezone,
    });
    return { member, email: { to: row.email, ...content, headers: links.headers } };
  });

  return [...rendered, ...(await Promise.all(renderedDigests))];
}
