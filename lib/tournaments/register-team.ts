// A team's captain (or an admin) registers the team for a tournament open for registration →
// Registration → `tournament/registration.created`. Open means in REGISTRATION with its start time not
// passed (is-registration-open.ts), and with a place left (maxTeams). The unique (tournament, team) constraint makes
// a concurrent duplicate a CONFLICT.
import { z } from "zod";
import { tournamentRegistrationCreated } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { conflictOnDuplicate } from "@/lib/postgres/conflict-on-duplicate";
import { lockKey } from "@/lib/postgres/lock-key";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "@/lib/teams/get-team-as-captain";
import { isRegistrationOpen } from "./is-registration-open";

export const ZRegisterTeamInput = z.object({ tournamentId: zId("a tournament"), teamId: zId("a team") });
export type TRegisterTeamInput = z.infer<typeof ZRegisterTeamInput>;

export type TRegisterTeamResult = { registrationId: string; tournamentId: string; teamId: string };

export async function registerTeam(actor: TActor, input: TRegisterTeamInput): Promise<TRegisterTeamResult> {
  const { tournamentId, teamId } = parseInput(ZRegisterTeamInput, input);

  const work = transactWithEvents(async (tx, emit) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: { id: true, name: true, status: true, startsAt: true, maxTeams: true },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (tournament.status === "DRAFT")
      throw new AppError("CONFLICT", `Registration for ${tournament.name} has not opened yet.`);
    if (!isRegistrationOpen(tournament))
      throw new AppError("CONFLICT", `Registration for ${tournament.name} is closed.`);

    // Counted under a lock, so two teams cannot take the last place at once.
    await lockKey(tx, `register-team:${tournamentId}`);
    const registered = await tx.registration.count({ where: { tournamentId } });
    if (registered >= tournament.maxTeams)
      throw new AppError("CONFLICT", `${tournament.name} is full: all ${tournament.maxTeams} places are taken.`);
    const existing = await tx.registration.findUnique({
      where: { tournamentId_teamId: { tournamentId, teamId } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", `${team.name} is already registered for ${tournament.name}.`);

    const registration = await tx.registration.create({ data: { tournamentId, teamId }, select: { id: true } });
    emit(tournamentRegistrationCreated.create({ registrationId: registration.id, tournamentId, teamId }));
    return { registrationId: registration.id, tournamentId, teamId };
  });
  return conflictOnDuplicate(work, "This team is already registered for this tournament.");
}
