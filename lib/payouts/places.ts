// Which places a tournament pays and what they are called. distribute-payouts, the payout ledger and
// the screens that show prizes all read the paid places from here.
import type { AchievementKind } from "@/lib/generated/prisma/enums";

/** Places 1 to PAID_PLACES win the tournament's prize for that place (`prizes[place - 1]` coins). */
export const PAID_PLACES = 3;

/** A new tournament's prize table unless the admin changes it: the specification's 1000 / 500 / 250 coins. */
export const DEFAULT_PRIZES: readonly number[] = [1000, 500, 250];

const ACHIEVEMENT_BY_PLACE: Record<number, AchievementKind> = {
  1: "TOURNAMENT_CHAMPION",
  2: "TOURNAMENT_RUNNER_UP",
  3: "TOURNAMENT_THIRD_PLACE",
};

/** The coins a place wins from a tournament's prize table: 0 outside the paid places or without a prize. */
export function prizeFor(prizes: number[], place: number): number {
  if (place < 1 || place > PAID_PLACES) return 0;
  return Math.max(0, prizes[place - 1] ?? 0);
}

export function achievementKindForPlace(place: number): AchievementKind {
  const kind = ACHIEVEMENT_BY_PLACE[place];
  if (!kind) throw new RangeError(`No achievement for place ${place}`);
  return kind;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th". */
export function placeLabel(place: number): string {
  const teen = place % 100 >= 11 && place % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[place % 10] ?? "th");
  return `${place}${suffix}`;
}
