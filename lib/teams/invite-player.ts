// A team's captain (or an admin) invites a player by email or username → TeamInvite PENDING,
// expiring 7 days after it was sent → `team/invite.sent`. Refused: an unknown player, yourself, a
// member, a player who already holds a pending unexpired invite to the team. "One pending invite
// per team and player" has no unique constraint, so an advisory lock on the pair makes the check
// hold under concurrent requests. A pending invite already past its expiry is marked EXPIRED here.
import { z } from "zod";
import { teamInviteSent } from "@/inngest/events";
import type { TActor } from "@/lib/auth/actor";
import { lockKey } from "@/lib/postgres/lock-key";
import { parseInput, zId } from "@/lib/validation/parse-input";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transactWithEvents } from "@/lib/outbox/transact-with-events";
import { getTeamAsCaptain } from "./get-team-as-captain";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const INVITEE_MESSAGE = "Enter the player's email or username.";

export const ZInvitePlayerInput = z.object({
  teamId: zId("a team"),
  /** An email address, or a username (a leading "@" is ignored). */
  invitee: z
    .string({ error: INVITEE_MESSAGE })
    .trim()
    .min(1, INVITEE_MESSAGE)
    .max(254, "That email or username is too long."),
});
export type TInvitePlayerInput = z.infer<typeof ZInvitePlayerInput>;

export type TInvitePlayerResult = { inviteId: string; teamId: string; inviteeId: string; expiresAt: Date };

/**
 * Email when it looks like one, else username: an exact match, case-insensitive because both
 * columns are citext. Never a pattern (ILIKE would read "%" and "_" as wildcards and let a captain
 * probe who exists), and served by the columns' unique indexes.
 */
async function findInvitee(tx: DbClient, invitee: string) {
  const isEmail = /^[^@\s]+@[^@\s]+$/.test(invitee);
  const [user] = isEmail
    ? await tx.$queryRaw<TInvitee[]>`SELECT id, name, username::text FROM "User" WHERE email = ${invitee}::citext`
    : await tx.$queryRaw<
        TInvitee[]
      >`SELECT id, name, username::text FROM "User" WHERE username = ${invitee.replace(/^@/, "")}::citext`;
  return user ?? null;
}

type TInvitee = { id: string; name: string | null; username: string | null };

export async function invitePlayer(actor: TActor, input: TInvitePlayerInput): Promise<TInvitePlayerResult> {
  const { teamId, invitee } = parseInput(ZInvitePlayerInput, input);

  return transactWithEvents(async (tx, emit) => {
    const team = await getTeamAsCaptain(tx, actor, teamId);
    const user = await findInvitee(tx, invitee);
    if (!user) throw new AppError("NOT_FOUND", `No player has the email or username "${invitee}".`);
    if (user.id === actor.id) throw new AppError("INVALID_INPUT", "You cannot invite yourself.");
    const who = user.name ?? user.username ?? invitee;

    await lockKey(tx, `team-invite:${team.id}:${user.id}`);
    const membership = await tx.teamMembership.findUnique({
      where: { teamId_userId: { teamId: team.id, userId: user.id } },
      select: { id: true },
    });
    if (membership) throw new AppError("CONFLICT", `${who} is already on ${team.name}.`);

    const now = new Date();
    await tx.teamInvite.updateMany({
      where: { teamId: team.id, inviteeId: user.id, status: "PENDING", expiresAt: { lte: now } },
      data: { status: "EXPIRED" },
    });
    const pending = await tx.teamInvite.findFirst({
      where: { teamId: team.id, inviteeId: user.id, status: "PENDING" },
      select: { id: true },
    });
    if (pending) throw new AppError("CONFLICT", `${who} already has a pending invite to ${team.name}.`);

    const invite = await tx.teamInvite.create({
      data: {
        teamId: team.id,
        inviteeId: user.id,
        invitedById: actor.id,
        status: "PENDING",
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
      },
      select: { id: true, expiresAt: true },
    });
    emit(teamInviteSent.create({ inviteId: invite.id, teamId: team.id, inviteeId: user.id, invitedById: actor.id }));
    return { inviteId: invite.id, teamId: team.id, inviteeId: user.id, expiresAt: invite.expiresAt };
  });
}
