// The team flows a player starts in the browser (leave, hand over the captaincy, withdraw an invite,
// withdraw a registration) → their domain event → the real notifier and notify functions: who gets
// which in-app notification.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverEventsSince } from "@/test-support/deliver-domain-events";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { leaveTeam } from "@/lib/teams/leave-team";
import { transferCaptaincy } from "@/lib/teams/transfer-captaincy";
import { withdrawInvite } from "@/lib/teams/withdraw-invite";
import { withdrawRegistration } from "@/lib/tournaments/withdraw-registration";

const CRIMSON = seedId.team("crimson"); // alex (captain), jamie, priya
const NEW = { dedupKey: { not: { startsWith: "seed:" } } };

/** Runs `operation`, plays Inngest's part, and answers who got which new notification. */
async function notifiedBy(operation: () => Promise<unknown>) {
  const since = sentEvents().length;
  await operation();
  await deliverEventsSince(since);
  const rows = await db.notification.findMany({
    where: NEW,
    orderBy: { userId: "asc" },
    select: { userId: true, type: true, title: true },
  });
  return rows.map((row) => [row.userId, row.type, row.title]);
}

beforeEach(() => resetDemoData());

describe("team flows notify the people they concern", () => {
  it("a player who leaves is announced to everyone left, the captain included", async () => {
    expect(await notifiedBy(() => leaveTeam(player("jamie"), { teamId: CRIMSON }))).toEqual([
      [seedId.user("alex"), "roster_changed", "Jamie Okafor left Crimson Vanguard"],
      [seedId.user("priya"), "roster_changed", "Jamie Okafor left Crimson Vanguard"],
    ]);
  });

  it("a new captain is announced to the roster, the old captain who handed over aside", async () => {
    const title = "Jamie Okafor is now the captain of Crimson Vanguard";
    expect(
      await notifiedBy(() => transferCaptaincy(player("alex"), { teamId: CRIMSON, userId: seedId.user("jamie") })),
    ).toEqual([
      [seedId.user("jamie"), "roster_changed", title],
      [seedId.user("priya"), "roster_changed", title],
    ]);
  });

  it("a withdrawn invite tells the invited player and the roster, not the captain who withdrew it", async () => {
    const notified = await notifiedBy(() => withdrawInvite(player("olivia"), { inviteId: "seed_invite_obsidian_zoe" }));
    const title = "Obsidian Owls withdrew its invite to Zoe Martin";
    expect(notified).toEqual(
      [seedId.user("lucas"), seedId.user("ravi"), seedId.user("zoe")].map((id) => [id, "roster_changed", title]),
    );
  });

  it("a withdrawn registration tells the rest of the team", async () => {
    const notified = await notifiedBy(() =>
      withdrawRegistration(player("lena"), {
        tournamentId: seedId.tournament("registration"),
        teamId: seedId.team("azure"),
      }),
    );
    const title = "Azure Phantoms withdrew from Rocket Rumble Open";
    expect(notified).toEqual(
      [seedId.user("mateo"), seedId.user("sofia")].map((id) => [id, "tournament_registered", title]),
    );
  });
});
