// Row factories for tests, as cal.com's test kit keeps them: a valid row with sensible defaults and
// a unique name, any column overridden. Each takes the Prisma client to write with (tests that load
// the app with their own environment pass theirs).
import { db as appDb, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

let sequence = 0;
const next = () => ++sequence;

type TUserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** false: no verified email (emailVerified null). Default: verified now. */
  verified?: boolean;
};

/** A user with a verified, unique email (player-<n>@factory.test) unless overridden. */
export function aUser({ verified = true, ...overrides }: TUserOverrides = {}, client: DbClient = appDb) {
  const n = next();
  return client.user.create({
    data: {
      name: `Player ${n}`,
      email: `player-${n}@factory.test`,
      emailVerified: verified ? new Date() : null,
      ...overrides,
    },
  });
}

/** A DRAFT tournament with a unique slug (cup-<n>) unless overridden. */
export function aTournament(overrides: Partial<Prisma.TournamentUncheckedCreateInput> = {}, client: DbClient = appDb) {
  const n = next();
  return client.tournament.create({ data: { name: `Cup ${n}`, slug: `cup-${n}`, game: "Valorant", ...overrides } });
}

/** A notification preference row for `userId` (the defaults unless overridden). */
export function aPreference(
  userId: string,
  overrides: Partial<Omit<Prisma.NotificationPreferenceUncheckedCreateInput, "userId">> = {},
  client: DbClient = appDb,
) {
  return client.notificationPreference.create({ data: { userId, ...overrides } });
}
