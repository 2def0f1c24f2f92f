// Admin approves a PENDING sponsorship → ACTIVE when it is running now (startsAt ≤ now < endsAt),
// else APPROVED (expire-sponsors / the sponsor jobs take it from there), approvedAt →
// `sponsor/approved`. A sponsorship that already ended cannot be approved (reject it instead).
import { z } from "zod";
import { sponsorApproved } from "@/inngest/events";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";

export const ZApproveSponsorInput = z.object({ sponsorId: zId("a sponsorship") });
export type TApproveSponsorInput = z.infer<typeof ZApproveSponsorInput>;

export type TApproveSponsorResult = {
  sponsorId: string;
  teamId: string;
  status: "APPROVED" | "ACTIVE";
  approvedAt: Date;
};

export async function approveSponsor(actor: TActor, input: TApproveSponsorInput): Promise<TApproveSponsorResult> {
  assertAdmin(actor);
  const { sponsorId } = parseInput(ZApproveSponsorInput, input);

  return transactWithEvents(async (tx, emit) => {
    const sponsor = await tx.teamSponsor.findUnique({
      where: { id: sponsorId },
      select: { id: true, teamId: true, name: true, status: true, startsAt: true, endsAt: true },
    });
    if (!sponsor) throw new AppError("NOT_FOUND", "That sponsorship does not exist.");
    if (sponsor.status !== "PENDING") {
      throw new AppError(
        "CONFLICT",
        `${sponsor.name} is already ${sponsor.status.toLowerCase()}; only pending sponsorships can be approved.`,
      );
    }
    const now = new Date();
    if (sponsor.endsAt <= now)
      throw new AppError(
        "CONFLICT",
        `${sponsor.name}'s sponsorship period has already ended, so it cannot be approved.`,
      );

    const status = sponsor.startsAt <= now ? "ACTIVE" : "APPROVED";
    // Guarded: of two concurrent decisions, only one finds the sponsorship still pending.
    const { count } = await tx.teamSponsor.updateMany({
      where: { id: sponsor.id, status: "PENDING" },
      data: { status, approvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", `${sponsor.name} was approved or rejected just now.`);

    emit(sponsorApproved.create({ sponsorId: sponsor.id, teamId: sponsor.teamId }));
    return { sponsorId: sponsor.id, teamId: sponsor.teamId, status, approvedAt: now };
  });
}
