// The demo's wider league, so every page has something real to show: 12 more teams of four (48
// players), the finished Autumn League they played as a round robin — placements, and prizes paid
// through lib/payouts (payTournament, its events not sent: the demo's past) — and for the league's
// players a notification of every type with deliveries of every outcome, spread over the last week
// (the admin's delivery health shows real numbers). Deterministic ids and createMany skipDuplicates:
// running it again adds nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  DeliveryChannel,
  DeliveryStatus,
  MatchStatus,
  MembershipRole,
  NotificationType,
  Role,
  TournamentStatus,
} from "@/lib/generated/prisma/enums";
import { payTournament } from "@/lib/payouts/distribute-payouts";
import { roundRobinRounds } from "@/lib/tournaments/round-robin";

export const LEAGUE_TOURNAMENT_SLUG = "autumn-league-2026";

const TEAMS = [
  ["Ironclad Ravens", "IRN"],
  ["Solar Flare", "SOL"],
  ["Neon Serpents", "NEO"],
  ["Frostbite Five", "FRB"],
  ["Velvet Thunder", "VLT"],
  ["Storm Sentinels", "STS"],
  ["Ember Guild", "EMB"],
  ["Lunar Lynx", "LNX"],
  ["Pixel Pirates", "PXP"],
  ["Quantum Quokkas", "QQK"],
  ["Titan Forge", "TTF"],
  ["Marble Monarchs", "MRM"],
] as const;
export const LEAGUE_TEAMS = TEAMS.length;
export const LEAGUE_PLAYERS = LEAGUE_TEAMS * 4;
const FIRST = ["Aiden", "Bea", "Caio", "Dara", "Emil", "Farah", "Gus", "Hana", "Ivo", "Jade", "Kofi", "Luz"];
const LAST = ["Novak", "Okoye", "Petrov", "Quinn"];
const ZONES = [
  "Europe/Madrid",
  "America/Sao_Paulo",
  "Africa/Lagos",
  "Asia/Singapore",
  "America/Denver",
  "Europe/Warsaw",
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const slugOf = (name: string) => name.toLowerCase().replaceAll(" ", "-");
/** A stable pseudo-random number in [0, 1) for a key. */
const noise = (key: string) => [...key].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7) / 2 ** 32;

export async function seedLeague(db: PrismaClient, now: Date): Promise<{ total: number; count: number }> {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const players = TEAMS.flatMap((_, team) =>
    [0, 1, 2, 3].map((seat) => {
      const first = FIRST[team] ?? "Sam";
      const last = LAST[seat] ?? "Lee";
      const key = `${first}_${last}`.toLowerCase();
      return { id: `seed_league_user_${key}`, key, team, seat, name: `${first} ${last}` };
    }),
  );
  const teams = TEAMS.map(([name, tag], index) => ({ id: `seed_league_team_${index + 1}`, name, tag, index }));
  const tournamentId = "seed_league_tournament";
  const rounds = roundRobinRounds(teams.map((team) => team.index));
  const matches = rounds.flatMap((pairs, round) =>
    pairs.map(([a, b]) => {
      // Lower index is stronger, with an upset now and then.
      const edge = (b - a) / teams.length + (noise(`${round}-${a}-${b}`) - 0.5);
      const [scoreA, scoreB] = edge > 0.08 ? [13, 5 + (a % 7)] : edge < -0.08 ? [6 + (b % 6), 13] : [12, 12];
      const scheduledAt = ago((70 - round * 3) * DAY);
      return {
        id: `seed_league_match_r${round + 1}_${a + 1}_${b + 1}`,
        tournamentId,
        round: round + 1,
        teamAId: teams[a]?.id ?? "",
        teamBId: teams[b]?.id ?? "",
        scheduledAt,
        status: MatchStatus.COMPLETED,
        scoreA,
        scoreB,
        winnerId: scoreA === scoreB ? null : (teams[scoreA > scoreB ? a : b]?.id ?? null),
        completedAt: new Date(scheduledAt.getTime() + 80 * 60_000),
      };
    }),
  );
  const points = new Map(teams.map((team) => [team.id, 0]));
  for (const match of matches) {
    if (match.winnerId) points.set(match.winnerId, (points.get(match.winnerId) ?? 0) + 3);
    else for (const id of [match.teamAId, match.teamBId]) points.set(id, (points.get(id) ?? 0) + 1);
  }
  const standings = [...teams].sort((x, y) => (points.get(y.id) ?? 0) - (points.get(x.id) ?? 0) || x.index - y.index);

  const results = [
    await db.user.createMany({
      skipDuplicates: true,
      data: players.map((player, index) => ({
        id: player.id,
        email: `${player.key.replace("_", ".")}@league.deltacrown.test`,
        name: player.name,
        username: player.key,
        role: Role.PLAYER,
        timezone: ZONES[index % ZONES.length] ?? "UTC",
        discordUserId: index % 5 === 0 ? String(500_000_000_000_000_000n + BigInt(index)) : null,
        emailVerified: ago(90 * DAY),
      })),
    }),
    await db.team.createMany({
      skipDuplicates: true,
      data: teams.map((team) => ({
        id: team.id,
        name: team.name,
        slug: slugOf(team.name),
        tag: team.tag,
        captainId: players.find((player) => player.team === team.index && player.seat === 0)?.id ?? "",
        createdAt: ago((100 - team.index) * DAY),
      })),
    }),
    await db.teamMembership.createMany({
      skipDuplicates: true,
      data: players.map((player) => ({
        id: `seed_league_membership_${player.key}`,
        teamId: teams[player.team]?.id ?? "",
        userId: player.id,
        role:
          player.seat === 0
            ? MembershipRole.CAPTAIN
            : player.seat === 3
              ? MembershipRole.SUBSTITUTE
              : MembershipRole.PLAYER,
        joinedAt: ago((95 - player.team) * DAY),
      })),
    }),
    await db.tournament.createMany({
      skipDuplicates: true,
      data: [
        {
          id: tournamentId,
          name: "Autumn League 2026",
          slug: LEAGUE_TOURNAMENT_SLUG,
          game: "Valorant",
          status: TournamentStatus.COMPLETED,
          startsAt: ago(70 * DAY),
          bracketPublishedAt: ago(72 * DAY),
          completedAt: ago(35 * DAY),
          wrappedUpAt: ago(35 * DAY),
          prizes: [5000, 2500, 1000],
          createdAt: ago(80 * DAY),
        },
      ],
    }),
    await db.registration.createMany({
      skipDuplicates: true,
      data: teams.map((team) => ({
        id: `seed_league_registration_${team.index + 1}`,
        tournamentId,
        teamId: team.id,
        createdAt: ago((78 - team.index) * DAY),
      })),
    }),
    await db.match.createMany({ skipDuplicates: true, data: matches }),
    await db.placement.createMany({
      skipDuplicates: true,
      data: standings.map((team, index) => ({
        id: `seed_league_placement_${index + 1}`,
        tournamentId,
        teamId: team.id,
        place: index + 1,
        createdAt: ago(35 * DAY),
      })),
    }),
  ];
  // Paid long ago: the ledger, achievements and the rest of the payout, not its notifications now.
  await db.$transaction((tx) => payTournament(tx, () => {}, { tournamentId, runId: "seed" }));
  const activity = await seedLeagueActivity(db, players, now);
  const total = players.length * 2 + teams.length * 2 + 1 + matches.length + standings.length + activity.total;
  return { total, count: results.reduce((sum, result) => sum + result.count, 0) + activity.count };
}

/** Every delivery outcome, with the reason the pipeline or the provider gives. */
const OUTCOMES: readonly { channel: DeliveryChannel; status: DeliveryStatus; reason: string | null }[] = [
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.DELIVERED, reason: null },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.SENT, reason: null },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.DELIVERED, reason: null },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.SKIPPED, reason: "you turned off all email" },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.BOUNCED, reason: "bounced: the mailbox does not exist" },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.COMPLAINED, reason: "the reader marked it as spam" },
  {
    channel: DeliveryChannel.EMAIL,
    status: DeliveryStatus.FAILED,
    reason: "gave up after 5 attempts: Resend answered 500",
  },
  { channel: DeliveryChannel.EMAIL, status: DeliveryStatus.PENDING, reason: null },
  { channel: DeliveryChannel.DISCORD, status: DeliveryStatus.SENT, reason: null },
  { channel: DeliveryChannel.DISCORD, status: DeliveryStatus.SKIPPED, reason: "no Discord account linked" },
  { channel: DeliveryChannel.DISCORD, status: DeliveryStatus.FAILED, reason: "Discord answered 404: Unknown Webhook" },
];

/** Indexes into OUTCOMES, weighted: email 0–7, Discord 8–10. */
const EMAIL_MIX = [0, 0, 1, 0, 2, 3, 0, 1, 0, 2, 4, 0, 1, 0, 5, 0, 2, 6, 0, 1, 7, 0, 0, 1];
const DISCORD_MIX = [8, 9, 8, 9, 8, 8, 9, 8, 10, 8, 9, 8];
const HANDED_OVER: readonly DeliveryStatus[] = ["SENT", "DELIVERED", "BOUNCED", "COMPLAINED"];

/** What each type says, about the league's own tournament. */
const TITLES: Record<NotificationType, string> = {
  invite_sent: "Titan Forge invited you to join",
  invite_accepted: "A player accepted your team's invite",
  roster_changed: "Your roster changed: a new substitute joined",
  tournament_registered: "Your team is registered for Autumn League 2026",
  match_scheduled: "Match scheduled: round 11 of Autumn League 2026",
  match_starting: "Your round 11 match starts in 30 minutes",
  match_result: "Your team won 13–7 in Autumn League 2026",
  bracket_ready: "Autumn League 2026 bracket is live",
  ranking_changed: "Your team moved up 2 places on the leaderboard",
  sponsor_approved: "Your sponsorship with Kitsune Peripherals was approved",
  promotion_started: "Your team's promotion is live",
  payout_received: "Autumn League 2026 prize paid to your captain",
  achievement_earned: "Your team placed in Autumn League 2026",
  announcement: "Spring season sign-ups open next week",
  system: "Your email bounced: we turned email off",
};

async function seedLeagueActivity(
  db: PrismaClient,
  players: readonly { id: string; name: string; key: string }[],
  now: Date,
): Promise<{ total: number; count: number }> {
  const types = Object.values(NotificationType);
  // Each player gets two notifications of rotating types, hours apart over the last week.
  const notifications = players.flatMap((player, index) =>
    [0, 1].map((second) => {
      const type = types[(index * 2 + second) % types.length] ?? NotificationType.system;
      return {
        id: `seed_league_notification_${player.key}_${second}`,
        userId: player.id,
        type,
        title: TITLES[type],
        body: "From the Autumn League demo data.",
        url: `/tournaments/${LEAGUE_TOURNAMENT_SLUG}`,
        dedupKey: `seed:league:${player.key}:${second}`,
        createdAt: new Date(now.getTime() - ((index * 2 + second) * 3.3 + 1) * HOUR),
        readAt: index % 3 === 0 ? now : null,
      };
    }),
  );
  const deliveries = notifications.flatMap((notification, index) => {
    // Mostly delivered, as on a healthy platform; every outcome at least once.
    const email = OUTCOMES[EMAIL_MIX[index % EMAIL_MIX.length] ?? 0];
    const discord = OUTCOMES[DISCORD_MIX[index % DISCORD_MIX.length] ?? 8];
    return [email, discord].flatMap((outcome) =>
      outcome
        ? [
            {
              id: `${notification.id}_${outcome.channel.toLowerCase()}`,
              notificationId: notification.id,
              type: notification.type,
              channel: outcome.channel,
              status: outcome.status,
              reason: outcome.reason,
              attempts: outcome.status === DeliveryStatus.SKIPPED ? 0 : 1,
              sentAt: HANDED_OVER.includes(outcome.status) ? notification.createdAt : null,
              createdAt: notification.createdAt,
            },
          ]
        : [],
    );
  });
  const created = await db.notification.createMany({ skipDuplicates: true, data: notifications });
  const delivered = await db.delivery.createMany({ skipDuplicates: true, data: deliveries });
  return { total: notifications.length + deliveries.length, count: created.count + delivered.count };
}
