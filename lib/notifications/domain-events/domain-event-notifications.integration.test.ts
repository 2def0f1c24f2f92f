// Domain operation → its event → notify-on-team-event / notify-on-tournament-event → notification/requested
// (sent with step.sendEvent, received by the Inngest stand-in) → notify: the real functions, chained
// the way Inngest chains them, on the demo world.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifyFunction } from "@/inngest/functions/notify";
import { notifyOnTournamentEventFunction } from "@/inngest/functions/notify-on-tournament-event";
import { deliverEventsSince, runNotifier } from "@/test-support/deliver-domain-events";
import { runInngestFunction } from "@/test-support/run-inngest-function";
import { sentEvents } from "@/test-support/inngest-stand-in";
import { timeToken } from "@/lib/notifications/content/time-tokens";
import { ADMIN, player, resetDemoData, seedId } from "@/test-support/domain-test-kit";
import { postMatchResult } from "@/lib/tournaments/post-match-result";
import { invitePlayer } from "@/lib/teams/invite-player";
import { respondToInvite } from "@/lib/teams/respond-to-invite";
import {
  NOTIFYING_EVENTS,
  planNotificationRequests,
  TEAM_NOTIFYING_EVENTS,
  TOURNAMENT_NOTIFYING_EVENTS,
} from "./request-notifications";

/** Not the demo's own notifications. */
const NEW = { dedupKey: { not: { startsWith: "seed:" } } };
const REQUESTED = "notification/requested";

beforeEach(async () => {
  await resetDemoData();
});

const membersOf = async (teamId: string) =>
  (await db.teamMembership.findMany({ where: { teamId }, select: { userId: true } })).map((row) => row.userId).sort();

describe("domain events become notifications", () => {
  it("each notifying event is heard by exactly one function, and neither has more than Inngest's 10 triggers", () => {
    const team = TEAM_NOTIFYING_EVENTS.map((event) => event.name);
    const tournament = TOURNAMENT_NOTIFYING_EVENTS.map((event) => event.name);
    expect([...team, ...tournament].sort()).toEqual(NOTIFYING_EVENTS.map((event) => event.name).sort());
    expect(new Set([...team, ...tournament]).size).toBe(NOTIFYING_EVENTS.length);
    expect(Math.max(team.length, tournament.length)).toBeLessThanOrEqual(10);
  });

  it("a posted match result notifies both teams' players once, one request per team", async () => {
    const match = await db.match.findFirstOrThrow({
      where: { tournamentId: seedId.tournament("ongoing"), teamAId: seedId.team("crimson") },
      include: { teamB: true },
    });
    const since = sentEvents().length;
    await postMatchResult(ADMIN, { matchId: match.id, scoreA: 13, scoreB: 9 });

    const requests = await deliverEventsSince(since);

    expect(requests.map((request) => [request.data.teamId, request.data.postToPlatform])).toEqual([
      [seedId.team("crimson"), true],
      [match.teamBId, false],
    ]);
    const notified = await db.notification.findMany({
      where: { type: "match_result", ...NEW },
      select: { userId: true, title: true },
    });
    const expected = [...(await membersOf(seedId.team("crimson"))), ...(await membersOf(match.teamBId))].sort();
    expect(notified.map((row) => row.userId).sort()).toEqual(expected);
    expect(new Set(notified.map((row) => row.title))).toEqual(new Set([`Crimson Vanguard 13–9 ${match.teamB.name}`]));
  });

  it("an invite reaches the invitee, and accepting it tells the captain and the rest of the roster", async () => {
    const since = sentEvents().length;
    const invite = await invitePlayer(player("alex"), {
      teamId: seedId.team("crimson"),
      invitee: "zoe@deltacrown.test",
    });
    await deliverEventsSince(since);
    const { expiresAt } = await db.teamInvite.findUniqueOrThrow({ where: { id: invite.inviteId } });
    expect(
      await db.notification.findMany({
        where: { type: "invite_sent", ...NEW },
        select: { userId: true, title: true, body: true, url: true },
      }),
    ).toEqual([
      {
        userId: seedId.user("zoe"),
        title: "Crimson Vanguard invited you to join",
        // The deadline as a time token: the invitee reads it in their own zone.
        body: expect.stringContaining(`Accept or decline before ${timeToken(expiresAt)}.`),
        url: "/invites",
      },
    ]);

    const afterInvite = sentEvents().length;
    await respondToInvite(player("zoe"), { inviteId: invite.inviteId, accept: true });
    await deliverEventsSince(afterInvite);

    const accepted = await db.notification.findMany({
      where: { type: "invite_accepted", ...NEW },
      select: { userId: true },
    });
    expect(accepted).toEqual([{ userId: seedId.user("alex") }]);
    const roster = await db.notification.findMany({
      where: { type: "roster_changed", ...NEW },
      select: { userId: true },
    });
    // The captain heard it as "invite accepted"; Zoe herself is not told she joined.
    const crimson = await membersOf(seedId.team("crimson"));
    expect(roster.map((row) => row.userId).sort()).toEqual(
      crimson.filter((id) => id !== seedId.user("alex") && id !== seedId.user("zoe")),
    );
  });

  it("the requests go to Inngest with step.sendEvent under ids derived from the event, never through the outbox", async () => {
    const match = await db.match.findFirstOrThrow({ where: { tournamentId: seedId.tournament("ongoing") } });
    const since = sentEvents().length;
    await postMatchResult(ADMIN, { matchId: match.id, scoreA: 2, scoreB: 0 });
    const [event] = sentEvents().slice(since);
    if (!event?.id) throw new Error("no event with an id");

    const { result } = await runInngestFunction(notifyOnTournamentEventFunction, event);

    expect(result).toEqual({
      requests: 2,
      recipients: (await membersOf(match.teamAId)).length + (await membersOf(match.teamBId)).length,
    });
    const requests = sentEvents()
      .slice(since)
      .filter((sent) => sent.name === REQUESTED);
    expect(requests.map((request) => [request.id, request.data.dedupKey])).toEqual([
      [`notify:match/result.posted:${event.id}:0`, `match/result.posted:${event.id}:0`],
      [`notify:match/result.posted:${event.id}:1`, `match/result.posted:${event.id}:1`],
    ]);
    expect(await db.outboxEvent.count({ where: { name: REQUESTED } })).toBe(0);
  });

  it("a redelivered domain event sends the same request ids (Inngest keeps one copy) and notifies nobody twice", async () => {
    const match = await db.match.findFirstOrThrow({ where: { tournamentId: seedId.tournament("ongoing") } });
    const since = sentEvents().length;
    await postMatchResult(ADMIN, { matchId: match.id, scoreA: 1, scoreB: 1 });
    const [event] = sentEvents().slice(since);
    if (!event) throw new Error("no event");

    await runNotifier(event);
    await runNotifier(event);

    const requests = sentEvents()
      .slice(since)
      .filter((sent) => sent.name === REQUESTED);
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.id)).size).toBe(2); // one per team, twice over
    for (const request of requests) await runInngestFunction(notifyFunction, request);
    const notified = await db.notification.groupBy({
      by: ["userId"],
      where: { type: "match_result", ...NEW },
      _count: true,
    });
    expect(notified.length).toBe((await membersOf(match.teamAId)).length + (await membersOf(match.teamBId)).length);
    expect(notified.every((row) => row._count === 1)).toBe(true);
  });

  it("a big audience is split into requests of bounded size that share one dedup key", async () => {
    const tournamentId = seedId.tournament("ongoing");
    const event = { name: "tournament/bracket.published", id: "b1", data: { tournamentId } };
    const requests = await planNotificationRequests(event, { maxRecipientsPerRequest: 2 });

    const players = await db.teamMembership.findMany({
      where: { team: { registrations: { some: { tournamentId } } } },
      select: { userId: true },
      distinct: ["userId"],
    });
    expect(requests.length).toBe(Math.ceil(players.length / 2));
    expect(requests.map((request) => request.id)).toEqual(
      requests.map((_, part) => `notify:tournament/bracket.published:b1${part > 0 ? `:${part}` : ""}`),
    );
    expect(new Set(requests.map((request) => request.data.dedupKey))).toEqual(
      new Set(["tournament/bracket.published:b1"]),
    );
    expect(requests.every((request) => request.data.recipientIds.length <= 2)).toBe(true);
    expect(requests.flatMap((request) => request.data.recipientIds).sort()).toEqual(
      players.map((row) => row.userId).sort(),
    );
  });

  it("a team entering the top 10 is public news; moving within it is not", async () => {
    const teamId = seedId.team("golden");
    const entering = await planNotificationRequests({
      name: "rankings/changed",
      id: "r1",
      data: { teamId, oldRank: 14, newRank: 9, points: 30 },
    });
    const within = await planNotificationRequests({
      name: "rankings/changed",
      id: "r2",
      data: { teamId, oldRank: 9, newRank: 4, points: 36 },
    });
    expect([...entering, ...within].map((request) => request.data)).toMatchObject([
      { title: "Golden Tide: up 5 to #9", postToPlatform: true },
      { title: "Golden Tide: up 5 to #4", postToPlatform: false },
    ]);
  });
});
