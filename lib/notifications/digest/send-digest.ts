// One user's daily digest for one local date, at most once: the (user, date) row is claimed and
// locked; the email carries an idempotency key of user + date; the notifications it included are
// recorded (digestId) in the same transaction, so the next digest does not repeat them. Nothing is
// sent when there is nothing new. If the commit fails after the send, the retry re-sends under the
// same key (Resend keeps it 24 h) and records.
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/mail/send-email";
import { emailLinksFor } from "@/lib/notifications/email/email-links";
import { groupForDigest } from "@/lib/notifications/email/group-for-digest";
import { renderDigestEmail } from "@/lib/notifications/email/render-digest-email";
import { getPreferences } from "@/lib/notifications/preferences/get-preferences";
import { findDigestItems } from "./digest-items";

export type TSendDigestResult =
  | { status: "sent"; notificationCount: number; digestId: string }
  | { status: "already_sent" | "empty" | "disabled"; notificationCount: 0 };

export async function sendDigest({ userId, digestDate }: { userId: string; digestDate: string }, now = new Date()): Promise<TSendDigestResult> {
  const date = new Date(`${digestDate}T00:00:00Z`);
  await db.$executeRaw`
    INSERT INTO "NotificationDigest" (id, "userId", "digestDate", "notificationCount", "createdAt")
    VALUES (gen_random_uuid()::text, ${userId}, ${date}::date, 0, now())
    ON CONFLICT ("userId", "digestDate") DO NOTHING`;
  // The row lock makes concurrent runs for the same user and date wait, then find it sent.
  return db.$transaction(
    async (tx) => {
      const [digest] = await tx.$queryRaw<{ id: string; sentAt: Date | null }[]>`
        SELECT id, "sentAt" FROM "NotificationDigest" WHERE "userId" = ${userId} AND "digestDate" = ${date}::date FOR UPDATE`;
      if (!digest) throw new Error(`Digest claim for ${userId} ${digestDate} vanished`);
      if (digest.sentAt) return { status: "already_sent", notificationCount: 0 } as const;

      const [user, prefs] = await Promise.all([
        tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true, name: true } }),
        getPreferences(userId, tx),
      ]);
      if (!prefs.digestEnabled || prefs.optOutEmail || !user.email || !user.emailVerified) return { status: "disabled", notificationCount: 0 } as const;

      const items = await findDigestItems(tx, userId, now);
      if (items.length === 0) return { status: "empty", notificationCount: 0 } as const;

      const links = emailLinksFor(userId, "digest");
      const rendered = await renderDigestEmail({
        appUrl: links.appUrl,
        recipientName: user.name,
        date: digestDate,
        groups: groupForDigest(items),
        unsubscribeUrl: links.unsubscribeUrl,
        preferencesUrl: links.preferencesUrl,
        timeZone: prefs.timezone,
      });
      await sendEmail({ to: user.email, ...rendered, headers: links.headers, idempotencyKey: `digest-${userId}-${digestDate}` }, tx);
      await tx.notification.updateMany({ where: { id: { in: items.map((item) => item.id) }, digestId: null }, data: { digestId: digest.id } });
      await tx.notificationDigest.update({ where: { id: digest.id }, data: { sentAt: new Date(), notificationCount: items.length } });
      return { status: "sent", notificationCount: items.length, digestId: digest.id } as const;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
