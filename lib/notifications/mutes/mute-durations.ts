// How long a player can mute a tournament or a team: the three choices every "Mute" menu offers.
export const MUTE_DURATIONS = ["8h", "1w", "forever"] as const;
export type TMuteDuration = (typeof MUTE_DURATIONS)[number];

export const MUTE_DURATION_LABELS: Record<TMuteDuration, string> = {
  "8h": "For 8 hours",
  "1w": "For a week",
  forever: "Until I unmute",
};

const HOUR = 60 * 60 * 1000;
const DURATION_MS: Record<Exclude<TMuteDuration, "forever">, number> = { "8h": 8 * HOUR, "1w": 7 * 24 * HOUR };

/** When a mute chosen at `now` ends; null = until unmuted. */
export function muteUntil(duration: TMuteDuration, now: Date): Date | null {
  return duration === "forever" ? null : new Date(now.getTime() + DURATION_MS[duration]);
}
