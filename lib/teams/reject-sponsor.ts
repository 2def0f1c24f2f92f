// Admin rejects a PENDING sponsorship → REJECTED. No event: nobody is notified of a rejection.
import { z } from "zod";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const ZRejectSponsorInput = z.object({ sponsorId: zId("a sponsorship") });
export type TRejectSponsorInput = z.infer<typeof ZRejectSponsorInput>;

export type TRejectSponsorResult = { sponsorId: string; teamId: string; status: "REJECTED" };

export async function rejectSponsor(actor: TActor, input: TRejectSponsorInput): Promise<TRejectSponsorResult> {
  assertAdmin(actor);
  const { sponsorId } = parseInput(ZRejectSponsorInput, input);

  const sponsor = await db.teamSponsor.findUnique({
    where: { id: sponsorId },
    select: { id: true, teamId: true, name: true, status: true },
  });
  if (!sponsor) throw new AppError("NOT_FOUND", "That sponsorship does not exist.");
  if (sponsor.status !== "PENDING") {
    throw new AppError(
      "CONFLICT",
      `${sponsor.name} is already ${sponsor.status.toLowerCase()}; only pending sponsorships can be rejected.`,
    );
  }
  // Guarded: of two concurrent decisions, only one finds the sponsorship still pending.
  const { count } = await db.teamSponsor.updateMany({
    where: { id: sponsor.id, status: "PENDING" },
    data: { status: "REJECTED" },
  });
  if (count === 0) throw new AppError("CONFLICT", `${sponsor.name} was approved or rejected just now.`);
  return { sponsorId: sponsor.id, teamId: sponsor.teamId, status: "REJECTED" };
}
