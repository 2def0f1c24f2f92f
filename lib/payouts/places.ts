import type { AchievementKind } from "@/lib/generated/prisma/enums";

const ACHIEVEMENT_BY_PLACE: Record<number, AchievementKind> = {
  1: "TOURNAMENT_CHAMPION",
  2: "TOURNAMENT_RUNNER_UP",
  3: "TOURNAMENT_THIRD_PLACE",
};

export function achievementKindForPlace(place: number): AchievementKind {
  const kind = ACHIEVEMENT_BY_PLACE[place];
  if (!kind) throw new RangeError(`No achievement for place ${place}`);
  return kind;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th". */
export function placeLabel(place: number): string {
  const teen = place % 100 >= 11 && place % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[place % 10] ?? "th";
  return `${place}${suffix}`;
}
