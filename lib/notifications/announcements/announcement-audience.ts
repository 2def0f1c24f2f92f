// Who an announcement reaches: ALL = every user (admins too), TEAM = the team's members,
// TOURNAMENT = the distinct members of every team registered in it. One SQL definition of each
// audience serves the preview count, the count recorded at creation and the fan-out's id list, so
// the three can never disagree; each is a single query whatever the audience's size.
import { z } from "zod";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { AnnouncementAudience } from "@/lib/generated/prisma/enums";

export const ZAnnouncementAudienceKind = z.enum(AnnouncementAudience, {
  error: "Choose who receives the announcement: everyone, a team or a tournament.",
});

export type TAnnouncementAudience =
  { audience: "ALL"; targetId: null } | { audience: "TEAM" | "TOURNAMENT"; targetId: string };

/** The raw audience fields of a form: `targetId` empty or missing for ALL, required otherwise. */
export const audienceFields = {
  audience: ZAnnouncementAudienceKind,
  targetId: z
    .string({ error: "Choose a team or a tournament." })
    .trim()
    .max(100, "That team or tournament does not exist.")
    .nullish(),
};

type TAudienceFields = { audience: TAnnouncementAudience["audience"]; targetId?: string | null };

/** Checks targetId against the audience (an issue on `targetId` when it does not fit) and narrows the type. */
export function toAudience(value: TAudienceFields, ctx: z.RefinementCtx): TAnnouncementAudience {
  const targetId = value.targetId || null;
  if (value.audience === "ALL") {
    if (!targetId) return { audience: "ALL", targetId: null };
    ctx.addIssue({
      code: "custom",
      path: ["targetId"],
      message: "An announcement to everyone has no team or tournament: leave it empty.",
    });
    return z.NEVER;
  }
  if (targetId) return { audience: value.audience, targetId };
  ctx.addIssue({
    code: "custom",
    path: ["targetId"],
    message: value.audience === "TEAM" ? "Choose a team." : "Choose a tournament.",
  });
  return z.NEVER;
}

export const ZAnnouncementAudienceInput = z.object(audienceFields).transform(toAudience);
export type TAnnouncementAudienceInput = z.input<typeof ZAnnouncementAudienceInput>;

/** A SELECT of the audience's user ids (column "userId"), each once. */
function audienceMembersSql(audience: TAnnouncementAudience): Prisma.Sql {
  switch (audience.audience) {
    case "ALL":
      return Prisma.sql`SELECT id AS "userId" FROM "User"`;
    case "TEAM":
      return Prisma.sql`SELECT "userId" FROM "TeamMembership" WHERE "teamId" = ${audience.targetId}`;
    case "TOURNAMENT":
      return Prisma.sql`SELECT DISTINCT m."userId" FROM "Registration" r JOIN "TeamMembership" m ON m."teamId" = r."teamId" WHERE r."tournamentId" = ${audience.targetId}`;
  }
}

export type TAudienceSummary = {
  recipientCount: number;
  /** What the admin sees before sending: "All players (14)", "Crimson Vanguard (3 players)". */
  label: string;
  /** Why nobody would receive it, when nobody would; else null. */
  emptyReason: string | null;
};

const players = (count: number) => `${count} ${count === 1 ? "player" : "players"}`;

/** Counts the audience and names it, in one query. Throws NOT_FOUND for an unknown team or tournament. */
export async function summarizeAudience(client: DbClient, audience: TAnnouncementAudience): Promise<TAudienceSummary> {
  const members = audienceMembersSql(audience);
  const count = Prisma.sql`(SELECT count(*)::int FROM (${members}) AS audience)`;
  if (audience.audience === "ALL") {
    const [row] = await client.$queryRaw<{ count: number }[]>`SELECT ${count} AS count`;
    const recipientCount = row?.count ?? 0;
    return {
      recipientCount,
      label: `All players (${recipientCount})`,
      emptyReason: recipientCount === 0 ? "there are no users." : null,
    };
  }

  const isTeam = audience.audience === "TEAM";
  const target = isTeam ? Prisma.sql`"Team"` : Prisma.sql`"Tournament"`;
  const [row] = await client.$queryRaw<
    { name: string; count: number }[]
  >`SELECT t.name, ${count} AS count FROM ${target} t WHERE t.id = ${audience.targetId}`;
  if (!row) throw new AppError("NOT_FOUND", isTeam ? "That team does not exist." : "That tournament does not exist.");
  const recipientCount = row.count;
  const label = isTeam ? `${row.name} (${players(recipientCount)})` : `${row.name} teams (${players(recipientCount)})`;
  const emptyReason = isTeam ? `${row.name} has no players.` : `no team with players is registered for ${row.name}.`;
  return { recipientCount, label, emptyReason: recipientCount === 0 ? emptyReason : null };
}

/**
 * One keyset page of the audience: up to `limit` user ids after `afterUserId`, sorted, in one query
 * — so a fan-out to any number of users holds one page in memory at a time.
 */
export async function listAudiencePage(
  client: DbClient,
  audience: TAnnouncementAudience,
  afterUserId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await client.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM (${audienceMembersSql(audience)}) AS audience
    WHERE ${afterUserId}::text IS NULL OR "userId" > ${afterUserId}
    ORDER BY "userId" LIMIT ${limit}`;
  return rows.map((row) => row.userId);
}
