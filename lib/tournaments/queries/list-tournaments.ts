// The tournaments page: tournaments grouped by status, live ones first. Drafts are listed for
// admins only (everyone else never learns they exist).
import { db } from "@/lib/db";
import type { TournamentStatus } from "@/lib/generated/prisma/enums";

/** Group order and headings on the page. */
export const STATUS_GROUPS: readonly { status: TournamentStatus; heading: string }[] = [
  { status: "ONGOING", heading: "Live now" },
  { status: "REGISTRATION", heading: "Open for registration" },
  { status: "COMPLETED", heading: "Completed" },
  { status: "CANCELLED", heading: "Cancelled" },
  { status: "DRAFT", heading: "Drafts (admins only)" },
];

export type TTournamentSummary = {
  id: string;
  name: string;
  slug: string;
  game: string;
  status: TournamentStatus;
  startsAt: Date | null;
  completedAt: Date | null;
  teamCount: number;
  matchCount: number;
};

export type TTournamentGroup = { status: TournamentStatus; heading: string; tournaments: TTournamentSummary[] };

export async function listTournaments({ includeDrafts = false }: { includeDrafts?: boolean } = {}): Promise<
  TTournamentGroup[]
> {
  const rows = await db.tournament.findMany({
    where: includeDrafts ? {} : { status: { not: "DRAFT" } },
    orderBy: [{ startsAt: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      game: true,
      status: true,
      startsAt: true,
      completedAt: true,
      _count: { select: { registrations: true, matches: true } },
    },
  });
  return STATUS_GROUPS.map(({ status, heading }) => ({
    status,
    heading,
    tournaments: rows
      .filter((row) => row.status === status)
      // Upcoming and live: soonest first; finished: most recent first.
      .sort(
        (a, b) =>
          (status === "ONGOING" || status === "REGISTRATION" ? -1 : 1) *
          ((b.startsAt?.getTime() ?? 0) - (a.startsAt?.getTime() ?? 0)),
      )
      .map(({ _count, ...row }) => ({ ...row, teamCount: _count.registrations, matchCount: _count.matches })),
  })).filter((group) => group.tournaments.length > 0);
}
