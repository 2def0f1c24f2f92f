// When teams may sign up for a tournament or withdraw: while it is open for registration and its
// start time (if set) has not passed. register-team.ts, withdraw-registration.ts and the tournament
// page's registration panel all decide by it.
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

export function isRegistrationOpen(
  tournament: { status: TournamentStatus; startsAt: Date | null },
  now: Date = new Date(),
): boolean {
  return tournament.status === "REGISTRATION" && !hasStarted(tournament, now);
}

export function hasStarted(tournament: { startsAt: Date | null }, now: Date = new Date()): boolean {
  return tournament.startsAt !== null && tournament.startsAt <= now;
}
