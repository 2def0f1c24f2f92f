// Domain operation → its event → notify-on-domain-event → notification/requested → notify:
// the real functions, chained the way Inngest chains them, on the demo world.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyFunction } from "@/inngest/functions/notify";
import { notifyOnDomainEventFunction } from "@/inngest/functions/notify-on-domain-event";
import { sentEvents, type TSentEvent } from "@/lib/testing/inngest-stand-in";
import { ADMIN, player, resetDemoData, seedId } from "@/lib/testing/domain-test-kit";
import { runInngestFunction } from "@/lib/testing/run-inngest-function";
import { postMatchResult } from "@/lib/tournaments/post-match-result";
import { invitePlayer } from "@/lib/teams/invite-player";
import { respondToInvite } from "@/lib/teams/respond-to-invite";

/** Not the demo's own notifications. */
const NEW = { dedupKey: { not: { startsWith: "seed:" } } };

beforeEach(async () => {
  await resetDemoData();
});

/** Runs the handler and then notify for every event Inngest received since `since`. */
async function deliverEventsSince(since: number): Promise<TSentEvent[]> {
  const domainEvents = sentEvents().slice(since);
  for (const event of domainEvents) await runInngestFunction(notifyOnDomainEventFunction, event);
  const requests = sentEvents().filter((event, index) => index >= since && event.name === "notification/requested");
  for (const request of requests) await runInngestFunction(notifyFunction, request);
  return requests;
}

const membersOf = async (teamKey: "crimson" | "azure" | "golden" | "obsidian") =>
  (await db.teamMembership.findMany({ where: { teamId: seedId.team(teamKey) }, select: { userId: true } })).map((row) => row.userId).sort();

describe("domain events become notifications", () => {
  it("a posted match result notifies both teams' players once, one request per team", async () => {
    const match = await db.match.findFirstOrThrow({ where: { tournamentId: seedId.tournament("ongoing"), teamAId: seedId.team("crimson") }, include: { teamB: true } });
    const since = sentEvents().length;
    await postMatchResult(ADMIN, { matchId: match.id, scoreA: 13, scoreB: 9 });

    const requests = await deliverEventsSince(since);

    expect(requests.map((request) => [request.data.teamId, request.data.postToPlatform])).toEqual([
      [seedId.team("crimson"), true],
      [match.teamBId, false],
    ]);
    const notified = await db.notification.findMany({ where: { type: "match_result", ...NEW }, select: { userId: true, title: true } });
    const expected = [...(await membersOf("crimson")), ...(await db.teamMembership.findMany({ where: { teamId: match.teamBId } })).map((row) => row.userId)].sort();
    expect(notified.map((row) => row.userId).sort()).toEqual(expected);
    expect(new Set(notified.map((row) => row.title))).toEqual(new Set([`Crimson Vanguard 13–9 ${match.teamB.name}`]));
  });

  it("an invite reaches the invitee, and accepting it tells the captain and the rest of the roster", async () => {
    const since = sentEvents().length;
    const invite = await invitePlayer(player("alex"), { teamId: seedId.team("crimson"), invitee: "zoe@deltacrown.test" });
    await deliverEventsSince(since);
    expect(await db.notification.findMany({ where: { type: "invite_sent", ...NEW }, select: { userId: true, title: true, url: true } })).toEqual([
      { userId: seedId.user("zoe"), title: "Crimson Vanguard invited you to join", url: "/invites" },
    ]);

    const afterInvite = sentEvents().length;
    await respondToInvite(player("zoe"), { inviteId: invite.inviteId, accept: true });
    await deliverEventsSince(afterInvite);

    const accepted = await db.notification.findMany({ where: { type: "invite_accepted", ...NEW }, select: { userId: true } });
    expect(accepted).toEqual([{ userId: seedId.user("alex") }]);
    const roster = await db.notification.findMany({ where: { type: "roster_changed", ...NEW }, select: { userId: true } });
    // The captain heard it as "invite accepted"; Zoe herself is not told she joined.
    expect(roster.map((row) => row.userId).sort()).toEqual((await membersOf("crimson")).filter((id) => id !== seedId.user("alex") && id !== seedId.user("zoe")));
  });

  it("a redelivered domain event requests nothing twice", async () => {
    const match = await db.match.findFirstOrThrow({ where: { tournamentId: seedId.tournament("ongoing") } });
    const since = sentEvents().length;
    await postMatchResult(ADMIN, { matchId: match.id, scoreA: 1, scoreB: 1 });
    const [event] = sentEvents().slice(since);
    if (!event) throw new Error("no event");

    await runInngestFunction(notifyOnDomainEventFunction, event);
    await runInngestFunction(notifyOnDomainEventFunction, event);

    expect(await db.outboxEvent.count({ where: { name: "notification/requested" } })).toBe(2); // one per team, once
  });

  it("a team entering the top 10 is public news; moving within it is not", async () => {
    const { requestNotifications } = await import("./request-notifications");
    const teamId = seedId.team("golden");
    await requestNotifications({ name: "rankings/changed", id: "r1", data: { teamId, oldRank: 14, newRank: 9, points: 30 } });
    await requestNotifications({ name: "rankings/changed", id: "r2", data: { teamId, oldRank: 9, newRank: 4, points: 36 } });
    const requests = await db.outboxEvent.findMany({ where: { name: "notification/requested" }, orderBy: { createdAt: "asc" }, select: { data: true } });
    expect(requests.map((row) => row.data)).toMatchObject([
      { title: "Golden Tide climbed to #9", postToPlatform: true },
      { title: "Golden Tide climbed to #4", postToPlatform: false },
    ]);
  });
});
