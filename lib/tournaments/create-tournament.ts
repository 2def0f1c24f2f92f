// Admin creates a tournament → Tournament in REGISTRATION (captains can sign up at once), its slug
// from the name (the first free one), its prize table (coins for 1st, 2nd, 3rd; the specification's
// 1000/500/250 unless the admin changes it) and the most teams it takes. No event: nobody is in it yet.
import { z } from "zod";
import { assertAdmin, type TActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_PRIZES, PAID_PLACES } from "@/lib/payouts/places";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { firstFreeSlug, toSlug } from "@/lib/text/slug";
import { parseInput, zDate } from "@/lib/validation/parse-input";

const NAME_MESSAGE = "Enter a tournament name of 3 to 80 characters.";
const GAME_MESSAGE = "Enter the game, 2 to 40 characters.";
const SIZE_MESSAGE = "A tournament takes from 2 to 64 teams.";
const PRIZE_MESSAGE = "Each prize is a whole number of coins from 0 to 1,000,000.";

const zText = (message: string, min: number, max: number) =>
  z
    .string({ error: message })
    .transform((text) => text.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(min, message).max(max, message));

export const ZCreateTournamentInput = z.object({
  name: zText(NAME_MESSAGE, 3, 80).refine((name) => toSlug(name) !== "", "Use letters or digits in the name."),
  game: zText(GAME_MESSAGE, 2, 40),
  startsAt: zDate("start date and time").refine((date) => date.getTime() > Date.now(), "Pick a start in the future."),
  maxTeams: z.number({ error: SIZE_MESSAGE }).int(SIZE_MESSAGE).min(2, SIZE_MESSAGE).max(64, SIZE_MESSAGE),
  prizes: z
    .array(z.number({ error: PRIZE_MESSAGE }).int(PRIZE_MESSAGE).min(0, PRIZE_MESSAGE).max(1_000_000, PRIZE_MESSAGE))
    .length(PAID_PLACES, `Give a prize for each of the ${PAID_PLACES} paid places.`)
    .default([...DEFAULT_PRIZES]),
});
export type TCreateTournamentInput = z.input<typeof ZCreateTournamentInput>;
export type TCreateTournamentResult = { tournamentId: string; slug: string; name: string };

export async function createTournament(actor: TActor, input: TCreateTournamentInput): Promise<TCreateTournamentResult> {
  assertAdmin(actor);
  const { name, game, startsAt, maxTeams, prizes } = parseInput(ZCreateTournamentInput, input);
  const base = toSlug(name);
  const work = db.$transaction(async (tx) => {
    const taken = await tx.tournament.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const slug = firstFreeSlug(
      base,
      taken.map((tournament) => tournament.slug),
    );
    if (prizes.some((prize, index) => index > 0 && prize > (prizes[index - 1] ?? 0)))
      throw new AppError("INVALID_INPUT", "A lower place cannot win more than a higher one.");
    const tournament = await tx.tournament.create({
      data: { name, slug, game, startsAt, maxTeams, prizes, status: "REGISTRATION" },
      select: { id: true, slug: true, name: true },
    });
    return { tournamentId: tournament.id, slug: tournament.slug, name: tournament.name };
  });
  return conflictOnDuplicate(work, "Another tournament was just created with that name. Try again.");
}
