// How each achievement kind reads, wherever it is shown: the team page ("🏆 Champions of X") and
// the achievement notification ("Team: Champions of X"). One map, keyed by the generated enum, so
// a new kind fails the type check here until it has its words.
import type { AchievementKind } from "@/lib/generated/prisma/enums";

export type TAchievementDisplay = {
  /** "Champions": the notification's title and body. */
  title: string;
  /** Decorative, beside the team page's line. */
  icon: string;
  /** "Champions of": the team page's line, before the tournament's name. */
  prefix: string;
};

export const ACHIEVEMENT_KIND: Record<AchievementKind, TAchievementDisplay> = {
  TOURNAMENT_CHAMPION: { title: "Champions", icon: "🏆", prefix: "Champions of" },
  TOURNAMENT_RUNNER_UP: { title: "Runners-up", icon: "🥈", prefix: "Runners-up of" },
  TOURNAMENT_THIRD_PLACE: { title: "Third place", icon: "🥉", prefix: "Third place in" },
};
