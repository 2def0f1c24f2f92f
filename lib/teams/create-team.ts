// A signed-in player who is on no team creates one → Team (slug from the name, tag as given or
// from the name) with the player as its captain (Team.captainId and a CAPTAIN membership). A player
// plays for one team at a time (assert-on-no-team.ts), so a member of any team is refused.
// No event: nobody else is on the roster yet, and a new team has no Discord webhook.
import { z } from "zod";
import type { TActor } from "@/lib/auth/actor";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { parseInput } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { assertOnNoTeam } from "./assert-on-no-team";
import { firstFreeSlug, toSlug } from "@/lib/text/slug";
import { defaultTeamTag } from "./team-slug";

const NAME_MESSAGE = "Enter a team name of 3 to 40 characters.";

export const ZCreateTeamInput = z.object({
  name: z
    .string({ error: NAME_MESSAGE })
    .transform((name) => name.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(3, NAME_MESSAGE).max(40, NAME_MESSAGE))
    .refine((name) => toSlug(name) !== "", "Use letters or digits in the team name."),
  /** 2–5 letters or digits, shown in brackets after the name; derived from the name when empty. */
  tag: z
    .string({ error: "The tag must be text." })
    .trim()
    .toUpperCase()
    .refine((tag) => tag === "" || /^[A-Z0-9]{2,5}$/.test(tag), "A tag is 2 to 5 letters or digits, like ZFX.")
    .optional(),
});
export type TCreateTeamInput = z.input<typeof ZCreateTeamInput>;

export type TCreateTeamResult = { teamId: string; name: string; slug: string; tag: string };

export async function createTeam(actor: TActor, input: TCreateTeamInput): Promise<TCreateTeamResult> {
  const { name, tag } = parseInput(ZCreateTeamInput, input);
  const base = toSlug(name);

  const work = db.$transaction(async (tx) => {
    await assertOnNoTeam(
      tx,
      actor.id,
      (team) => `You already play for ${team.name}: leave it before you create a team.`,
    );
    const sameName = await tx.team.findFirst({
      where: { name: { equals: name, mode: "insensitive" } },
      select: { id: true },
    });
    if (sameName) throw new AppError("CONFLICT", `A team named ${name} already exists. Choose another name.`);

    const taken = await tx.team.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const slug = firstFreeSlug(
      base,
      taken.map((team) => team.slug),
    );
    const team = await tx.team.create({
      data: { name, slug, tag: tag || defaultTeamTag(base), captainId: actor.id },
      select: { id: true, name: true, slug: true, tag: true },
    });
    await tx.teamMembership.create({
      data: { teamId: team.id, userId: actor.id, role: "CAPTAIN" },
      select: { id: true },
    });
    return { teamId: team.id, name: team.name, slug: team.slug, tag: team.tag };
  });
  return conflictOnDuplicate(work, `A team named ${name} was created just now. Choose another name.`);
}
