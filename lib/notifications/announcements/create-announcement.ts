// Admin writes an announcement for everyone, one team or one tournament's teams → the Announcement
// row (with the audience's size now) and `announcement/created`, in one transaction; the
// send-announcement function fans it out. An audience of nobody is refused: it would send nothing.
import { z } from "zod";
import { announcementCreated } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { isSafeLinkInput } from "@/lib/links/safe-link";
import { audienceFields, summarizeAudience, toAudience } from "./announcement-audience";

export const ANNOUNCEMENT_TITLE_MAX = 200;
export const ANNOUNCEMENT_BODY_MAX = 4_000;

export const ZCreateAnnouncementInput = z
  .object({
    title: z
      .string({ error: "Enter a title." })
      .trim()
      .min(1, "Enter a title.")
      .max(ANNOUNCEMENT_TITLE_MAX, `Keep the title to ${ANNOUNCEMENT_TITLE_MAX} characters or fewer.`),
    body: z
      .string({ error: "Enter the message." })
      .trim()
      .min(1, "Enter the message.")
      .max(ANNOUNCEMENT_BODY_MAX, `Keep the message to ${ANNOUNCEMENT_BODY_MAX} characters or fewer.`),
    url: z
      .string({ error: "Enter a link starting with / or https://, or leave it empty." })
      .trim()
      .refine(
        (url) => url === "" || isSafeLinkInput(url, env.APP_URL),
        "The link must be a path on this site (starting with /) or an https:// address.",
      )
      .nullish()
      .transform((url) => url || null),
    ...audienceFields,
  })
  .transform(({ title, body, url, ...audience }, ctx) => ({ title, body, url, ...toAudience(audience, ctx) }));
export type TCreateAnnouncementInput = z.input<typeof ZCreateAnnouncementInput>;

export type TCreateAnnouncementResult = { announcementId: string; recipientCount: number };

export async function createAnnouncement(
  actor: TActor,
  input: TCreateAnnouncementInput,
): Promise<TCreateAnnouncementResult> {
  assertAdmin(actor);
  const { title, body, url, ...audience } = parseInput(ZCreateAnnouncementInput, input);

  return transactWithEvents(async (tx, emit) => {
    const { recipientCount, emptyReason } = await summarizeAudience(tx, audience);
    if (emptyReason) throw new AppError("CONFLICT", `Nobody is in that audience yet: ${emptyReason}`);
    const announcement = await tx.announcement.create({
      data: {
        title,
        body,
        url,
        audience: audience.audience,
        targetId: audience.targetId,
        createdById: actor.id,
        recipientCount,
      },
      select: { id: true },
    });
    emit(announcementCreated.create({ announcementId: announcement.id }));
    return { announcementId: announcement.id, recipientCount };
  });
}
