// A team's captain (or an admin) withdraws the team from a tournament before it starts → the
// Registration is deleted → `tournament/registration.withdrawn`, which tells the rest of the team.
// Only while the tournament is open for registration and its start time has not passed: after that
// the bracket counts on the team.
import { z } from "zod";
import { tournamentRegistrationWithdrawn } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { parseInput, zId } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "@/lib/teams/get-team-as-captain";
import { isRegistrationOpen } from "./is-registration-open";
import { tournamentStateMessage } from "./tournament-state-message";

export const ZWithdrawRegistrationInput = z.object({ tournamentId: zId("a tournament"), teamId: zId("a team") });
export type TWithdrawRegistrationInput = z.infer<typeof ZWithdrawRegistrationInput>;

export type TWithdrawRegistrationResult = { tournamentId: string; teamId: string };

export async function withdrawRegistration(
  actor: TActor,
  input: TWithdrawRegistrationInput,
): Promise<TWithdrawRegistrationResult> {
  const { tournamentId, teamId } = parseInput(ZWithdrawRegistrationInput, input);

  return transactWithEvents(async (tx, emit) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    const tournament = await tx.tournament.findUnique({
      where: { id: tournamentId },
      select: { name: true, status: true, startsAt: true },
    });
    if (!tournament) throw new AppError("NOT_FOUND", "That tournament does not exist.");
    if (!isRegistrationOpen(tournament)) {
      const why = tournament.status === "REGISTRATION" ? `${tournament.name} has started.` : null;
      throw new AppError(
        "CONFLICT",
        `${why ?? tournamentStateMessage(tournament.name, tournament.status)} Registrations can only be withdrawn before it starts.`,
      );
    }
    // deleteMany's count, not a prior read, decides: of two concurrent withdrawals only one deletes.
    const { count } = await tx.registration.deleteMany({ where: { tournamentId, teamId } });
    if (count === 0) throw new AppError("NOT_FOUND", `${team.name} is not registered for ${tournament.name}.`);
    emit(tournamentRegistrationWithdrawn.create({ tournamentId, teamId, actorId: actor.id }));
    return { tournamentId, teamId };
  });
}
