// The invites page: the user's invites that can still be answered (PENDING, not past expiresAt),
// and the rest — answered, withdrawn, expired, or PENDING but past expiry (the expire-invites job
// has not caught up; answering it would be refused, so it is shown as expired).
import { db } from "@/lib/db";
import type { InviteStatus } from "@/lib/generated/prisma/enums";
import { openInvitesWhere } from "./get-player-home";

const PAST_LIMIT = 20;

export type TUserInvite = {
  id: string;
  team: { name: string; slug: string; tag: string };
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  respondedAt: Date | null;
  /** EXPIRED also for a PENDING invite past its expiry. */
  status: InviteStatus;
};

export async function listInvitesForUser(
  userId: string,
  now: Date = new Date(),
): Promise<{ open: TUserInvite[]; past: TUserInvite[] }> {
  const select = {
    id: true,
    status: true,
    createdAt: true,
    expiresAt: true,
    respondedAt: true,
    team: { select: { name: true, slug: true, tag: true } },
    invitedBy: { select: { name: true, username: true } },
  } as const;
  const [open, past] = await Promise.all([
    db.teamInvite.findMany({
      where: openInvitesWhere(userId, now),
      orderBy: { expiresAt: "asc" },
      select,
    }),
    db.teamInvite.findMany({
      where: {
        inviteeId: userId,
        OR: [{ status: { not: "PENDING" } }, { status: "PENDING", expiresAt: { lte: now } }],
      },
      orderBy: { createdAt: "desc" },
      take: PAST_LIMIT,
      select,
    }),
  ]);
  const toInvite = ({ invitedBy, status, ...invite }: (typeof open)[number]): TUserInvite => ({
    ...invite,
    invitedBy: invitedBy.name ?? invitedBy.username ?? "A captain",
    status: status === "PENDING" && invite.expiresAt <= now ? "EXPIRED" : status,
  });
  return { open: open.map(toInvite), past: past.map(toInvite) };
}
