// Demo data for DeltaCrown: an admin, 13 players, 4 teams, one tournament of each live status, and
// rows that each scheduled job has something to do with (invites, sponsors and promotions to expire
// or start, a completed tournament not yet wrapped up or paid out).
//
// Idempotent: every row has a deterministic id or a natural unique key and is written with
// `createMany({ skipDuplicates: true })` (INSERT … ON CONFLICT DO NOTHING), so a second run inserts
// nothing and never overwrites what a user changed later. Times are relative to `now`.
import type { PrismaClient } from "../lib/generated/prisma/client";
import {
  InviteStatus,
  MatchStatus,
  MembershipRole,
  NotificationType,
  NotificationOutcome,
  PromotionStatus,
  Role,
  SponsorStatus,
  TournamentStatus,
} from "../lib/generated/prisma/enums";
import { rankTeams } from "@/lib/rankings/recompute-rankings";
import { timeToken } from "@/lib/notifications/content/time-tokens";
import { LEAGUE_PLAYERS, LEAGUE_TEAMS, seedLeague } from "./seed-league";
import { seedReminderMatch } from "./seed-reminders";
import { seedQuietHoursAndMutes } from "./seed-quiet-mutes";
import { seedPrizeHold } from "./seed-prize-hold";

// ───────────────────────────── data tables ─────────────────────────────

export const SEED_ADMIN_EMAIL = "admin@deltacrown.test";

export type TSeedPlayer = { email: string; name: string; username: string };

type TPlayerRow = TSeedPlayer & { key: string; timezone: string; discordUserId: string | null };

const ADMIN: TPlayerRow = {
  key: "admin",
  email: SEED_ADMIN_EMAIL,
  name: "Morgan Reyes",
  username: "morgan_reyes",
  timezone: "America/New_York",
  discordUserId: null,
};

const PLAYER_ROWS: readonly TPlayerRow[] = [
  {
    key: "alex",
    name: "Alex Carter",
    username: "alex_carter",
    timezone: "America/New_York",
    discordUserId: "284619730915622913",
  },
  { key: "jamie", name: "Jamie Okafor", username: "jamie_okafor", timezone: "America/Chicago", discordUserId: null },
  { key: "priya", name: "Priya Shah", username: "priya_shah", timezone: "UTC", discordUserId: null },
  {
    key: "lena",
    name: "Lena Fischer",
    username: "lena_fischer",
    timezone: "Europe/Berlin",
    discordUserId: "391027465118830592",
  },
  { key: "mateo", name: "Mateo Rossi", username: "mateo_rossi", timezone: "Europe/Rome", discordUserId: null },
  {
    key: "sofia",
    name: "Sofia Lindqvist",
    username: "sofia_lindqvist",
    timezone: "Europe/Stockholm",
    discordUserId: null,
  },
  { key: "kenji", name: "Kenji Watanabe", username: "kenji_watanabe", timezone: "Asia/Tokyo", discordUserId: null },
  { key: "mina", name: "Mina Park", username: "mina_park", timezone: "Asia/Seoul", discordUserId: null },
  { key: "noah", name: "Noah Williams", username: "noah_williams", timezone: "Australia/Sydney", discordUserId: null },
  { key: "olivia", name: "Olivia Brooks", username: "olivia_brooks", timezone: "Europe/London", discordUserId: null },
  { key: "ravi", name: "Ravi Kumar", username: "ravi_kumar", timezone: "Asia/Kolkata", discordUserId: null },
  { key: "lucas", name: "Lucas Moreau", username: "lucas_moreau", timezone: "Europe/Paris", discordUserId: null },
  { key: "zoe", name: "Zoe Martin", username: "zoe_martin", timezone: "UTC", discordUserId: null },
].map((p) => ({ ...p, email: `${p.key}@deltacrown.test` }));

/** Every player's sign-in email (`<firstname>@deltacrown.test`), name and username. */
export const SEED_PLAYERS: readonly TSeedPlayer[] = PLAYER_ROWS.map(({ email, name, username }) => ({
  email,
  name,
  username,
}));

/** The player on no team: the pending invite goes to her. */
export const SEED_FREE_AGENT_EMAIL = "zoe@deltacrown.test";

type TTeamKey = "crimson" | "azure" | "golden" | "obsidian";

type TTeamRow = {
  key: TTeamKey;
  name: string;
  slug: string;
  tag: string;
  captain: string;
  players: readonly string[];
  substitutes: readonly string[];
  discordWebhookUrl: string | null;
};

const TEAM_ROWS: readonly TTeamRow[] = [
  {
    key: "crimson",
    name: "Crimson Vanguard",
    slug: "crimson-vanguard",
    tag: "CRV",
    captain: "alex",
    players: ["jamie", "priya"],
    substitutes: [],
    // No demo webhook: a made-up URL would only fail (and be retried). Captains set a real one.
    discordWebhookUrl: null,
  },
  {
    key: "azure",
    name: "Azure Phantoms",
    slug: "azure-phantoms",
    tag: "AZP",
    captain: "lena",
    players: ["mateo"],
    substitutes: ["sofia"],
    discordWebhookUrl: null,
  },
  {
    key: "golden",
    name: "Golden Tide",
    slug: "golden-tide",
    tag: "GTD",
    captain: "kenji",
    players: ["mina", "noah"],
    substitutes: [],
    discordWebhookUrl: null,
  },
  {
    key: "obsidian",
    name: "Obsidian Owls",
    slug: "obsidian-owls",
    tag: "OBO",
    captain: "olivia",
    players: ["ravi", "lucas"],
    substitutes: [],
    discordWebhookUrl: null,
  },
];

export const SEED_TEAMS: Readonly<Record<TTeamKey, string>> = {
  crimson: "crimson-vanguard",
  azure: "azure-phantoms",
  golden: "golden-tide",
  obsidian: "obsidian-owls",
};

export const SEED_TOURNAMENTS = {
  completed: "crown-cup-s1",
  ongoing: "nightfall-masters",
  registration: "rocket-rumble-open",
} as const;

type TTournamentKey = keyof typeof SEED_TOURNAMENTS;

/** [round, teamA, teamB, scoreA, scoreB]: Crimson 2W 1D, Golden 2W 1L, Azure 1W 2L, Obsidian 1D 2L. */
const COMPLETED_RESULTS: readonly (readonly [number, TTeamKey, TTeamKey, number, number])[] = [
  [1, "crimson", "azure", 13, 8],
  [1, "golden", "obsidian", 13, 6],
  [2, "crimson", "golden", 13, 11],
  [2, "azure", "obsidian", 13, 10],
  [3, "crimson", "obsidian", 12, 12],
  [3, "golden", "azure", 13, 9],
];
const COMPLETED_PLACES: readonly TTeamKey[] = ["crimson", "golden", "azure", "obsidian"];

/** [round, teamA, teamB, day offset from today, UTC hour]. */
const ONGOING_FIXTURES: readonly (readonly [number, TTeamKey, TTeamKey, number, number])[] = [
  [1, "crimson", "azure", 1, 17],
  [1, "golden", "obsidian", 1, 19],
  [2, "crimson", "golden", 3, 17],
  [2, "azure", "obsidian", 3, 19],
  [3, "crimson", "obsidian", 5, 17],
  [3, "golden", "azure", 5, 19],
];

// ───────────────────────────── helpers ─────────────────────────────

export type TSeedSummary = {
  users: number;
  teams: number;
  memberships: number;
  tournaments: number;
  registrations: number;
  matches: number;
  placements: number;
  invites: number;
  sponsors: number;
  promotions: number;
  notifications: number;
  preferences: number;
  /** Rows of the wider league (prisma/seed-league.ts). */
  league: number;
  /** Rows this run actually inserted (0 when the demo data was already there). */
  inserted: number;
};

type TIds = {
  user: (key: string) => string;
  team: (key: TTeamKey) => string;
  tournament: (key: TTournamentKey) => string;
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function lookup<K extends string>(map: ReadonlyMap<K, string>, key: K, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`seed: ${what} "${key}" is missing (a conflicting row holds its unique key)`);
  return id;
}

/**
 * Maps each seed key to the id of its row: the row holding its natural key (email, slug) — which may
 * predate the seed, e.g. a user who signed in first — else the row with its seed id (its natural key
 * was edited since).
 */
function resolveIds<K extends string>(
  wanted: readonly { key: K; id: string; natural: string }[],
  found: readonly { id: string; natural: string | null }[],
  what: string,
): (key: K) => string {
  const byNatural = new Map(found.map((r) => [r.natural, r.id]));
  const seedIds = new Set(found.map((r) => r.id));
  const byKey = new Map<K, string>();
  for (const w of wanted) {
    const id = byNatural.get(w.natural) ?? (seedIds.has(w.id) ? w.id : undefined);
    if (id !== undefined) byKey.set(w.key, id);
  }
  return (key) => lookup(byKey, key, what);
}

/** A clock for one run: exact offsets (`ago`, `fromNow`) and round times of day (`dayAt`). */
function makeClock(now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return {
    ago: (ms: number) => new Date(now.getTime() - ms),
    fromNow: (ms: number) => new Date(now.getTime() + ms),
    /** `days` from today's UTC midnight at `hour`:00 UTC — always past for days < 0, future for days > 0. */
    dayAt: (days: number, hour: number) => new Date(today + days * DAY + hour * HOUR),
  };
}
type TClock = ReturnType<typeof makeClock>;

// ───────────────────────────── sections ─────────────────────────────

async function seedUsers(db: PrismaClient, clock: TClock) {
  const rows = [ADMIN, ...PLAYER_ROWS];
  const wanted = rows.map((u) => ({ key: u.key, id: `seed_user_${u.key}`, natural: u.email }));
  const { count } = await db.user.createMany({
    skipDuplicates: true,
    data: rows.map((u) => ({
      id: `seed_user_${u.key}`,
      email: u.email,
      name: u.name,
      username: u.username,
      role: u.key === "admin" ? Role.ADMIN : Role.PLAYER,
      timezone: u.timezone,
      discordUserId: u.discordUserId,
      emailVerified: clock.ago(45 * DAY),
    })),
  });
  const found = await db.user.findMany({
    where: { OR: [{ email: { in: wanted.map((w) => w.natural) } }, { id: { in: wanted.map((w) => w.id) } }] },
    select: { id: true, email: true },
  });
  const user = resolveIds(
    wanted,
    found.map((u) => ({ id: u.id, natural: u.email })),
    "user",
  );
  return { count, user };
}

async function seedTeams(db: PrismaClient, user: TIds["user"], clock: TClock) {
  const wanted = TEAM_ROWS.map((t) => ({ key: t.key, id: `seed_team_${t.key}`, natural: t.slug }));
  const { count } = await db.team.createMany({
    skipDuplicates: true,
    data: TEAM_ROWS.map((t, i) => ({
      id: `seed_team_${t.key}`,
      name: t.name,
      slug: t.slug,
      tag: t.tag,
      captainId: user(t.captain),
      discordWebhookUrl: t.discordWebhookUrl,
      createdAt: clock.ago((40 - i) * DAY),
    })),
  });
  const found = await db.team.findMany({
    where: { OR: [{ slug: { in: wanted.map((w) => w.natural) } }, { id: { in: wanted.map((w) => w.id) } }] },
    select: { id: true, slug: true },
  });
  const team = resolveIds(
    wanted,
    found.map((t) => ({ id: t.id, natural: t.slug })),
    "team",
  );
  return { count, team };
}

async function seedMemberships(db: PrismaClient, ids: TIds, clock: TClock) {
  const data = TEAM_ROWS.flatMap((t, i) => {
    const members: [string, MembershipRole][] = [
      [t.captain, MembershipRole.CAPTAIN],
      ...t.players.map((p): [string, MembershipRole] => [p, MembershipRole.PLAYER]),
      ...t.substitutes.map((p): [string, MembershipRole] => [p, MembershipRole.SUBSTITUTE]),
    ];
    return members.map(([player, role], j) => ({
      id: `seed_member_${t.key}_${player}`,
      teamId: ids.team(t.key),
      userId: ids.user(player),
      role,
      joinedAt: clock.ago((40 - i) * DAY - j * HOUR),
    }));
  });
  const { count } = await db.teamMembership.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedTournaments(db: PrismaClient, clock: TClock) {
  const rows = [
    {
      key: "completed" as const,
      name: "Crown Cup — Season 1",
      game: "Counter-Strike 2",
      status: TournamentStatus.COMPLETED,
      startsAt: clock.dayAt(-10, 17),
      bracketPublishedAt: clock.dayAt(-12, 15),
      completedAt: clock.ago(3 * DAY),
    },
    {
      key: "ongoing" as const,
      name: "Nightfall Masters",
      game: "Valorant",
      status: TournamentStatus.ONGOING,
      startsAt: clock.dayAt(-1, 17),
      bracketPublishedAt: clock.dayAt(-2, 15),
      completedAt: null,
    },
    {
      key: "registration" as const,
      name: "Rocket Rumble Open",
      game: "Rocket League",
      status: TournamentStatus.REGISTRATION,
      startsAt: clock.dayAt(21, 16),
      bracketPublishedAt: null,
      completedAt: null,
    },
  ];
  const wanted = rows.map((t) => ({ key: t.key, id: `seed_tournament_${t.key}`, natural: SEED_TOURNAMENTS[t.key] }));
  const { count } = await db.tournament.createMany({
    skipDuplicates: true,
    data: rows.map(({ key, ...t }) => ({
      id: `seed_tournament_${key}`,
      slug: SEED_TOURNAMENTS[key],
      ...t,
      createdAt: clock.ago(30 * DAY),
    })),
  });
  const found = await db.tournament.findMany({
    where: { OR: [{ slug: { in: wanted.map((w) => w.natural) } }, { id: { in: wanted.map((w) => w.id) } }] },
    select: { id: true, slug: true },
  });
  const tournament = resolveIds(
    wanted,
    found.map((t) => ({ id: t.id, natural: t.slug })),
    "tournament",
  );
  return { count, tournament };
}

async function seedRegistrations(db: PrismaClient, ids: TIds, clock: TClock) {
  const allTeams = TEAM_ROWS.map((t) => t.key);
  const entries: [TTournamentKey, TTeamKey, Date][] = [
    ...allTeams.map((team, i): [TTournamentKey, TTeamKey, Date] => ["completed", team, clock.ago((20 - i) * DAY)]),
    ...allTeams.map((team, i): [TTournamentKey, TTeamKey, Date] => ["ongoing", team, clock.ago((9 - i) * DAY)]),
    ["registration", "azure", clock.ago(2 * DAY)],
    ["registration", "golden", clock.ago(1 * DAY)],
  ];
  const data = entries.map(([tournament, team, createdAt]) => ({
    id: `seed_registration_${tournament}_${team}`,
    tournamentId: ids.tournament(tournament),
    teamId: ids.team(team),
    createdAt,
  }));
  const { count } = await db.registration.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedMatches(db: PrismaClient, ids: TIds, clock: TClock) {
  const completed = COMPLETED_RESULTS.map(([round, a, b, scoreA, scoreB], i) => {
    const scheduledAt = clock.dayAt(-10 + (round - 1) * 3, 17 + (i % 2) * 2);
    return {
      id: `seed_match_completed_r${round}_${a}_${b}`,
      tournamentId: ids.tournament("completed"),
      round,
      teamAId: ids.team(a),
      teamBId: ids.team(b),
      scheduledAt,
      status: MatchStatus.COMPLETED,
      scoreA,
      scoreB,
      winnerId: scoreA === scoreB ? null : ids.team(scoreA > scoreB ? a : b),
      completedAt: new Date(scheduledAt.getTime() + HOUR + 20 * 60 * 1000),
    };
  });
  const scheduled = ONGOING_FIXTURES.map(([round, a, b, day, hour]) => ({
    id: `seed_match_ongoing_r${round}_${a}_${b}`,
    tournamentId: ids.tournament("ongoing"),
    round,
    teamAId: ids.team(a),
    teamBId: ids.team(b),
    scheduledAt: clock.dayAt(day, hour),
    status: MatchStatus.SCHEDULED,
  }));
  const data = [...completed, ...scheduled];
  const { count } = await db.match.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedPlacements(db: PrismaClient, ids: TIds, clock: TClock) {
  const data = COMPLETED_PLACES.map((team, i) => ({
    id: `seed_placement_completed_${i + 1}`,
    tournamentId: ids.tournament("completed"),
    teamId: ids.team(team),
    place: i + 1,
    createdAt: clock.ago(3 * DAY),
  }));
  const { count } = await db.placement.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedInvites(db: PrismaClient, ids: TIds, clock: TClock) {
  const invite = (
    id: string,
    team: TTeamKey,
    captain: string,
    invitee: string,
    daysAgo: number,
    status: InviteStatus = InviteStatus.PENDING,
  ) => {
    const createdAt = clock.ago(daysAgo * DAY);
    return {
      id,
      teamId: ids.team(team),
      inviteeId: ids.user(invitee),
      invitedById: ids.user(captain),
      status,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 7 * DAY),
    };
  };
  const data = [
    // Fresh: the free agent can still accept it.
    invite("seed_invite_obsidian_zoe", "obsidian", "olivia", "zoe", 1),
    // Stale: already past expiresAt, waiting for the expire-invites job.
    invite("seed_invite_crimson_sofia", "crimson", "alex", "sofia", 10),
    // Expired long ago (the job ran then): its notice already reads "Expired", without a link.
    invite("seed_invite_golden_zoe", "golden", "kenji", "zoe", 12, InviteStatus.EXPIRED),
  ];
  const { count } = await db.teamInvite.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedSponsors(db: PrismaClient, ids: TIds, clock: TClock) {
  const data = [
    {
      id: "seed_sponsor_crimson_voltedge",
      teamId: ids.team("crimson"),
      name: "Voltedge Energy",
      websiteUrl: "https://voltedge.example.com",
      status: SponsorStatus.ACTIVE, // endsAt passed: expire-sponsors moves it to EXPIRED
      startsAt: clock.dayAt(-60, 0),
      endsAt: clock.dayAt(-1, 0),
      approvedAt: clock.ago(62 * DAY),
    },
    {
      id: "seed_sponsor_golden_kitsune",
      teamId: ids.team("golden"),
      name: "Kitsune Peripherals",
      websiteUrl: "https://kitsune-peripherals.example.com",
      status: SponsorStatus.ACTIVE,
      startsAt: clock.dayAt(-20, 0),
      endsAt: clock.dayAt(70, 0),
      approvedAt: clock.ago(21 * DAY),
    },
    {
      id: "seed_sponsor_azure_northpeak",
      teamId: ids.team("azure"),
      name: "NorthPeak Chairs",
      websiteUrl: "https://northpeak.example.com",
      status: SponsorStatus.PENDING, // awaiting an admin's approval
      startsAt: clock.dayAt(7, 0),
      endsAt: clock.dayAt(97, 0),
      approvedAt: null,
    },
  ];
  const { count } = await db.teamSponsor.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedPromotions(db: PrismaClient, ids: TIds, clock: TClock) {
  const data = [
    {
      id: "seed_promotion_crimson_merch",
      teamId: ids.team("crimson"),
      title: "Season 1 jersey drop",
      description: "Limited Crimson Vanguard jerseys, signed by the roster.",
      status: PromotionStatus.SCHEDULED, // startsAt passed: process-promotions activates it
      startsAt: clock.ago(2 * HOUR),
      endsAt: clock.fromNow(7 * DAY),
    },
    {
      id: "seed_promotion_obsidian_tryouts",
      teamId: ids.team("obsidian"),
      title: "Open tryouts",
      description: "Obsidian Owls are looking for a fifth player. Send your clips to the captain.",
      status: PromotionStatus.ACTIVE, // endsAt passed: process-promotions expires it
      startsAt: clock.ago(14 * DAY),
      endsAt: clock.ago(1 * DAY),
    },
    {
      id: "seed_promotion_golden_watchparty",
      teamId: ids.team("golden"),
      title: "Nightfall Masters watch party",
      description: "Watch Golden Tide's opening match live with the team.",
      status: PromotionStatus.SCHEDULED,
      startsAt: clock.dayAt(3, 16),
      endsAt: clock.dayAt(3, 22),
    },
  ];
  const { count } = await db.teamPromotion.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

async function seedNotifications(db: PrismaClient, ids: TIds, clock: TClock) {
  const t = SEED_TOURNAMENTS;
  // As the pipeline writes it: the instant, read in each reader's zone (lib/notifications/content/time-tokens.ts).
  const firstMatch = timeToken(clock.dayAt(1, 17));
  const note = (
    user: string,
    dedupKey: string,
    type: NotificationType,
    title: string,
    body: string,
    url: string,
    hoursAgo: number,
    isRead: boolean,
  ) => ({
    userId: ids.user(user),
    dedupKey: `seed:${dedupKey}`,
    type,
    title,
    body,
    url,
    createdAt: clock.ago(hoursAgo * HOUR),
    readAt: isRead ? clock.ago((hoursAgo - 1) * HOUR) : null,
  });
  const N = NotificationType;
  const data = [
    note(
      "alex",
      "match-result:s1-r3-crimson-obsidian",
      N.match_result,
      "Crimson Vanguard drew with Obsidian Owls",
      "Round 3 of Crown Cup — Season 1 ended 12–12.",
      `/tournaments/${t.completed}`,
      100,
      true,
    ),
    note(
      "alex",
      "bracket-ready:nightfall",
      N.bracket_ready,
      "Nightfall Masters bracket is live",
      "The round-robin bracket is published. Crimson Vanguard plays 3 matches.",
      `/tournaments/${t.ongoing}`,
      40,
      false,
    ),
    note(
      "alex",
      "match-scheduled:nightfall-r1-crimson-azure",
      N.match_scheduled,
      "Match scheduled: Crimson Vanguard vs Azure Phantoms",
      `Nightfall Masters round 1, ${firstMatch}.`,
      `/tournaments/${t.ongoing}`,
      39,
      false,
    ),
    note(
      "lena",
      "match-result:s1-r3-golden-azure",
      N.match_result,
      "Azure Phantoms lost to Golden Tide",
      "Round 3 of Crown Cup — Season 1 ended 9–13.",
      `/tournaments/${t.completed}`,
      98,
      true,
    ),
    note(
      "lena",
      "registered:rocket-rumble-azure",
      N.tournament_registered,
      "Azure Phantoms registered for Rocket Rumble Open",
      "Your team is in. The tournament starts in three weeks.",
      `/tournaments/${t.registration}`,
      48,
      false,
    ),
    note(
      "kenji",
      "sponsor-approved:kitsune",
      N.sponsor_approved,
      "Kitsune Peripherals sponsorship approved",
      "Kitsune Peripherals now appears on the Golden Tide page.",
      `/teams/${SEED_TEAMS.golden}`,
      150,
      true,
    ),
    note(
      "kenji",
      "registered:rocket-rumble-golden",
      N.tournament_registered,
      "Golden Tide registered for Rocket Rumble Open",
      "Your team is in. The tournament starts in three weeks.",
      `/tournaments/${t.registration}`,
      24,
      false,
    ),
    note(
      "zoe",
      "announcement:rocket-rumble-open",
      N.announcement,
      "Rocket Rumble Open: registration is open",
      "Sign your team up for the Rocket Rumble Open before the bracket locks.",
      `/tournaments/${t.registration}`,
      120,
      true,
    ),
    note(
      "zoe",
      "invite-sent:obsidian-zoe",
      N.invite_sent,
      "Obsidian Owls invited you to join",
      "Olivia Brooks invited you to Obsidian Owls. The invite expires in 7 days.",
      "/invites",
      24,
      false,
    ),
    note(
      "zoe",
      "invite-sent:golden-zoe",
      N.invite_sent,
      "Golden Tide invited you to join",
      "Kenji Watanabe invited you to Golden Tide. The invite expires in 7 days.",
      "/invites",
      288,
      false,
    ),
    note(
      "sofia",
      "invite-sent:crimson-sofia",
      N.invite_sent,
      "Crimson Vanguard invited you to join",
      "Alex Carter invited you to Crimson Vanguard. The invite expires in 7 days.",
      "/invites",
      240,
      false,
    ),
  ];
  // The invites' notices name their invite, as the notify pipeline writes them, so answering or
  // expiring the invite shows on the notice (lib/notifications/inbox/mark-invite-notifications.ts).
  const aboutInvite: Record<string, string> = {
    "seed:invite-sent:obsidian-zoe": "seed_invite_obsidian_zoe",
    "seed:invite-sent:crimson-sofia": "seed_invite_crimson_sofia",
    "seed:invite-sent:golden-zoe": "seed_invite_golden_zoe",
  };
  // As the expire job left it: the outcome set and, no longer asking anything, read (mark-invite-notifications.ts).
  const expired = new Set(["seed:invite-sent:golden-zoe"]);
  const { count } = await db.notification.createMany({
    skipDuplicates: true,
    data: data.map((row) => {
      const inviteId = aboutInvite[row.dedupKey];
      const outcome = expired.has(row.dedupKey)
        ? { outcome: NotificationOutcome.EXPIRED, readAt: clock.ago(5 * DAY) }
        : {};
      return inviteId ? { ...row, ...outcome, data: { inviteId } } : row;
    }),
  });
  return { total: data.length, count };
}

async function seedPreferences(db: PrismaClient, ids: TIds) {
  const data = [
    {
      id: "seed_preference_lena",
      userId: ids.user("lena"),
      digestTime: "18:30",
      channels: { match_scheduled: ["in_app", "email", "discord"], ranking_changed: ["in_app", "discord"] },
    },
    { id: "seed_preference_kenji", userId: ids.user("kenji"), optOutEmail: true },
  ];
  const { count } = await db.notificationPreference.createMany({ skipDuplicates: true, data });
  return { total: data.length, count };
}

// ───────────────────────────── entry point ─────────────────────────────

/**
 * Writes the demo data; safe to run again (inserts only what is missing, never updates). The core —
 * the known accounts, four teams, a tournament in each state — is what most tests build on; the
 * league (prisma/seed-league.ts) and the standings computed from everything come on top, for the
 * app a newcomer sees (`npm run dev`, the e2e suite). `withLeague: false` leaves both out.
 */
export async function seedDemoData(
  db: PrismaClient,
  now: Date = new Date(),
  { withLeague = true }: { withLeague?: boolean } = {},
): Promise<TSeedSummary> {
  const clock = makeClock(now);
  const users = await seedUsers(db, clock);
  const [teams, tournaments] = await Promise.all([seedTeams(db, users.user, clock), seedTournaments(db, clock)]);
  const ids: TIds = { user: users.user, team: teams.team, tournament: tournaments.tournament };

  const [memberships, registrations, matches, placements, invites, sponsors, promotions, notifications, preferences] =
    await Promise.all([
      seedMemberships(db, ids, clock),
      seedRegistrations(db, ids, clock),
      seedMatches(db, ids, clock),
      seedPlacements(db, ids, clock),
      seedInvites(db, ids, clock),
      seedSponsors(db, ids, clock),
      seedPromotions(db, ids, clock),
      seedNotifications(db, ids, clock),
      seedPreferences(db, ids),
    ]);
  const prizeHold = await seedPrizeHold(db, now, (["golden", "crimson", "azure", "obsidian"] as const).map(ids.team));
  const sections = [
    await seedQuietHoursAndMutes(db, ids, now),
    memberships,
    registrations,
    matches,
    placements,
    invites,
    sponsors,
    promotions,
    notifications,
    preferences,
    prizeHold,
  ];

  // The wider league, then what the jobs would have derived from all of it: the standings.
  const league = withLeague ? await seedLeague(db, now) : { total: 0, count: 0 };
  if (withLeague) league.count += (await seedReminderMatch(db, now)).count; // a match about to start (seed-reminders.ts)
  if (withLeague) await db.$transaction((tx) => rankTeams(tx, null));

  return {
    users: PLAYER_ROWS.length + 1 + (withLeague ? LEAGUE_PLAYERS : 0),
    teams: TEAM_ROWS.length + (withLeague ? LEAGUE_TEAMS : 0),
    memberships: memberships.total,
    tournaments: Object.keys(SEED_TOURNAMENTS).length,
    registrations: registrations.total,
    matches: matches.total,
    placements: placements.total,
    invites: invites.total,
    sponsors: sponsors.total,
    promotions: promotions.total,
    notifications: notifications.total,
    preferences: preferences.total,
    league: league.total,
    inserted:
      users.count + teams.count + tournaments.count + sections.reduce((sum, s) => sum + s.count, 0) + league.count,
  };
}
