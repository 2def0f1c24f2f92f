// Admin schedules a team promotion → SCHEDULED. No event here: the process-promotions job makes it
// ACTIVE and emits `promotion/started` once startsAt has passed (a start in the past is allowed and
// is picked up by the next run), and expires it after endsAt.
import { z } from "zod";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zDate, zId } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const ZSchedulePromotionInput = z
  .object({
    teamId: zId("a team"),
    title: z
      .string({ error: "Enter a title." })
      .trim()
      .min(1, "Enter a title.")
      .max(120, "Keep the title to 120 characters."),
    description: z
      .string({ error: "The description must be text." })
      .trim()
      .max(2000, "Keep the description to 2000 characters.")
      .nullish(),
    startsAt: zDate("start date and time"),
    endsAt: zDate("end date and time"),
  })
  .refine((input) => input.endsAt > input.startsAt, {
    message: "The promotion must end after it starts.",
    path: ["endsAt"],
  })
  .refine((input) => input.endsAt.getTime() > Date.now(), {
    message: "The promotion must end in the future.",
    path: ["endsAt"],
  });
export type TSchedulePromotionInput = z.infer<typeof ZSchedulePromotionInput>;

export type TSchedulePromotionResult = {
  promotionId: string;
  teamId: string;
  status: "SCHEDULED";
  startsAt: Date;
  endsAt: Date;
};

export async function schedulePromotion(
  actor: TActor,
  input: TSchedulePromotionInput,
): Promise<TSchedulePromotionResult> {
  assertAdmin(actor);
  const { teamId, title, description, startsAt, endsAt } = parseInput(ZSchedulePromotionInput, input);

  const team = await db.team.findUnique({ where: { id: teamId }, select: { id: true } });
  if (!team) throw new AppError("NOT_FOUND", "That team does not exist.");
  const promotion = await db.teamPromotion.create({
    data: { teamId, title, description: description || null, startsAt, endsAt, status: "SCHEDULED" },
    select: { id: true },
  });
  return { promotionId: promotion.id, teamId, status: "SCHEDULED", startsAt, endsAt };
}
