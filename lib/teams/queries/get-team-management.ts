// What only the team's captain and admins see on the team page: the captain's coin balance, the
// team's pending invites, its sponsorship applications still waiting or lately turned down, and the
// Discord webhook (masked — the token never reaches the browser).
// Null for everyone else, so a page cannot show these by mistake.
import type { TActor } from "@/lib/auth/actor";
import { getBrokenTeamWebhooks } from "@/lib/notifications/discord/get-broken-team-webhooks";
import { db } from "@/lib/db";
import { getCoinBalance } from "./get-coin-balance";
import { maskWebhookUrl } from "./mask-webhook-url";

export type TPendingInvite = {
  id: string;
  invitee: { id: string; name: string; username: string | null };
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  /** Still PENDING but past expiresAt: the expire-invites job has not run yet; it cannot be accepted. */
  isExpired: boolean;
};

/** An application the admin has not approved (PENDING), or turned down (REJECTED), newest first. */
export type TSponsorApplication = {
  id: string;
  name: string;
  status: "PENDING" | "REJECTED";
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
};

const SPONSOR_APPLICATIONS_SHOWN = 5;

export type TTeamManagement = {
  captainBalance: number;
  pendingInvites: TPendingInvite[];
  sponsorApplications: TSponsorApplication[];
  webhook: { maskedUrl: string; broken: { at: Date; lastError: string | null } | null } | null;
};

export function canManageTeam(viewer: TActor | null, team: { captainId: string }): boolean {
  return Boolean(viewer && (viewer.role === "ADMIN" || viewer.id === team.captainId));
}

export async function getTeamManagement(
  viewer: TActor | null,
  team: { id: string; captainId: string },
  now: Date = new Date(),
): Promise<TTeamManagement | null> {
  if (!canManageTeam(viewer, team)) return null;
  const [captainBalance, invites, applications, hook] = await Promise.all([
    getCoinBalance(team.captainId),
    db.teamInvite.findMany({
      where: { teamId: team.id, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        createdAt: true,
        expiresAt: true,
        invitee: { select: { id: true, name: true, username: true, email: true } },
        invitedBy: { select: { name: true, username: true } },
      },
    }),
    db.teamSponsor.findMany({
      where: { teamId: team.id, status: { in: ["PENDING", "REJECTED"] }, endsAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      take: SPONSOR_APPLICATIONS_SHOWN,
      select: { id: true, name: true, status: true, startsAt: true, endsAt: true, createdAt: true },
    }),
    db.team.findUniqueOrThrow({
      where: { id: team.id },
      select: { discordWebhookUrl: true, discordWebhookBrokenAt: true },
    }),
  ]);
  return {
    captainBalance,
    pendingInvites: invites.map(({ invitee, invitedBy, ...invite }) => ({
      ...invite,
      invitee: {
        id: invitee.id,
        name: invitee.name ?? invitee.username ?? invitee.email ?? "Unnamed player",
        username: invitee.username,
      },
      invitedBy: invitedBy.name ?? invitedBy.username ?? "A captain",
      isExpired: invite.expiresAt <= now,
    })),
    sponsorApplications: applications.map((application) => ({
      ...application,
      status: application.status === "PENDING" ? "PENDING" : "REJECTED",
    })),
    webhook: hook.discordWebhookUrl
      ? {
          maskedUrl: maskWebhookUrl(hook.discordWebhookUrl),
          broken: hook.discordWebhookBrokenAt
            ? {
                at: hook.discordWebhookBrokenAt,
                lastError: (await getBrokenTeamWebhooks(team.id))[0]?.lastError ?? null,
              }
            : null,
        }
      : null,
  };
}
