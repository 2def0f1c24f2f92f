// A team's captain (or an admin) applies for a sponsorship → TeamSponsor PENDING, which the admin
// dashboard lists for approval (approve-sponsor.ts sends `sponsor/approved`; reject-sponsor.ts
// tells nobody). The website, when given, must be a plain https link by the one rule that also
// decides what the team page links to (lib/links/safe-link.ts). One pending application per sponsor
// name and team: an advisory lock makes that hold under double submits.
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { toExternalLink } from "@/lib/links/safe-link";
import { lockKey } from "@/lib/postgres/lock-key";
import { parseInput, zDate, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { getTeamAsCaptain } from "./get-team-as-captain";

const NAME_MESSAGE = "Enter the sponsor's name.";
const WEBSITE_MESSAGE = "Enter the sponsor's website as a full https:// address, like https://example.com.";

export const ZApplyForSponsorshipInput = z
  .object({
    teamId: zId("a team"),
    name: z.string({ error: NAME_MESSAGE }).trim().min(1, NAME_MESSAGE).max(80, "Keep the name to 80 characters."),
    /** Optional; "" means none. */
    websiteUrl: z
      .string({ error: WEBSITE_MESSAGE })
      .trim()
      .transform((url, ctx) => {
        if (url === "") return null;
        const link = toExternalLink(url);
        if (!link) ctx.addIssue({ code: "custom", message: WEBSITE_MESSAGE });
        return link ?? z.NEVER;
      })
      .nullish(),
    startsAt: zDate("start date"),
    endsAt: zDate("end date"),
  })
  .refine((input) => input.endsAt > input.startsAt, { message: "The sponsorship must end after it starts." })
  .refine((input) => input.endsAt.getTime() > Date.now(), { message: "The sponsorship must end in the future." });
export type TApplyForSponsorshipInput = z.input<typeof ZApplyForSponsorshipInput>;

export type TApplyForSponsorshipResult = { sponsorId: string; teamId: string; status: "PENDING" };

export async function applyForSponsorship(
  actor: TActor,
  input: TApplyForSponsorshipInput,
): Promise<TApplyForSponsorshipResult> {
  const { teamId, name, websiteUrl, startsAt, endsAt } = parseInput(ZApplyForSponsorshipInput, input);

  return db.$transaction(async (tx) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    await lockKey(tx, `team-sponsor:${team.id}:${name.toLowerCase()}`);
    const pending = await tx.teamSponsor.findFirst({
      where: { teamId: team.id, status: "PENDING", name: { equals: name, mode: "insensitive" } },
      select: { id: true },
    });
    if (pending) throw new AppError("CONFLICT", `${team.name} already has a pending application from ${name}.`);
    const sponsor = await tx.teamSponsor.create({
      data: { teamId: team.id, name, websiteUrl: websiteUrl ?? null, startsAt, endsAt, status: "PENDING" },
      select: { id: true },
    });
    return { sponsorId: sponsor.id, teamId: team.id, status: "PENDING" as const };
  });
}
