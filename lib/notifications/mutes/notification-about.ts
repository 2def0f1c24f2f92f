// What a notification is about, for its "Mute …" menu item: its tournament when it has one, else its
// team (the same rule for the center's rows and the bell's), and whether the reader muted it.
export type TNotificationAbout = { kind: "tournament" | "team"; id: string; name: string; isMuted: boolean };

type TNamed = { id: string; name: string } | null;

export function notificationAbout(tournament: TNamed, team: TNamed, isMuted: boolean): TNotificationAbout | null {
  if (tournament) return { kind: "tournament", ...tournament, isMuted };
  if (team) return { kind: "team", ...team, isMuted };
  return null;
}

/** What muting it silences, as the mute actions take it. */
export type TMuteTarget = { tournamentId: string } | { teamId: string };

export function muteTargetOf(about: TNotificationAbout): TMuteTarget {
  return about.kind === "tournament" ? { tournamentId: about.id } : { teamId: about.id };
}
