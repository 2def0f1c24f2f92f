// Admin picks an audience → how many people it reaches now and what to call it ("Nightfall Masters
// teams (12 players)"), so the count is seen before anything is sent. Reads only; one query.
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import {
  summarizeAudience,
  type TAnnouncementAudienceInput,
  ZAnnouncementAudienceInput,
} from "./announcement-audience";

export { ZAnnouncementAudienceInput as ZPreviewAnnouncementInput } from "./announcement-audience";
export type TPreviewAnnouncementInput = TAnnouncementAudienceInput;
export type TPreviewAnnouncementResult = { recipientCount: number; label: string };

export async function previewAnnouncementAudience(
  actor: TActor,
  input: TPreviewAnnouncementInput,
): Promise<TPreviewAnnouncementResult> {
  assertAdmin(actor);
  const audience = parseInput(ZAnnouncementAudienceInput, input);
  const { recipientCount, label } = await summarizeAudience(db, audience);
  return { recipientCount, label };
}
