// Who hears about a team's tournament registration and its withdrawal, and what they read (the
// specification's notify_tournament_registration).
import type { z } from "zod";
import { db } from "@/lib/db";
import type { tournamentRegistrationCreated, tournamentRegistrationWithdrawn } from "@/inngest/events";
import type { TRequestDraft } from "./team-events";
import { teamMemberIds } from "./team-members";
import { timeToken } from "@/lib/notifications/content/time-tokens";

type TData<T extends { schema: z.ZodType }> = z.infer<T["schema"]>;

export async function onRegistrationCreated({
  tournamentId,
  teamId,
}: TData<typeof tournamentRegistrationCreated>): Promise<TRequestDraft[]> {
  const [team, tournament] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } }),
    db.tournament.findUniqueOrThrow({
      where: { id: tournamentId },
      select: { name: true, slug: true, startsAt: true },
    }),
  ]);
  const starts = tournament.startsAt ? ` It starts on ${timeToken(tournament.startsAt)}.` : "";
  return [
    {
      type: "tournament_registered",
      recipientIds: await teamMemberIds(db, teamId),
      title: `${team.name} is registered for ${tournament.name}`,
      body: `Your team's spot in ${tournament.name} is confirmed.${starts}`,
      url: `/tournaments/${tournament.slug}`,
      teamId,
      tournamentId,
    },
  ];
}

export async function onRegistrationWithdrawn({
  tournamentId,
  teamId,
  actorId,
}: TData<typeof tournamentRegistrationWithdrawn>): Promise<TRequestDraft[]> {
  const [team, tournament] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } }),
    db.tournament.findUniqueOrThrow({ where: { id: tournamentId }, select: { name: true, slug: true } }),
  ]);
  // Same type as the registration it undoes: whoever heard "registered" hears this the same way.
  return [
    {
      type: "tournament_registered",
      recipientIds: await teamMemberIds(db, teamId, [actorId]),
      title: `${team.name} withdrew from ${tournament.name}`,
      body: `Your team's registration for ${tournament.name} was withdrawn; its spot is free again.`,
      url: `/tournaments/${tournament.slug}`,
      teamId,
      tournamentId,
    },
  ];
}
