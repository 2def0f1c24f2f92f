import type { Metadata } from "next";
import Link from "next/link";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { RankingsFreshness } from "@/components/leaderboard/rankings-freshness";
import { ScoringNote } from "@/components/leaderboard/scoring-note";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/auth/session";
import { getRankingsFreshness } from "@/lib/rankings/get-rankings-freshness";
import { getLeaderboard } from "@/lib/teams/queries/get-leaderboard";
import { getViewerTimeZone } from "@/lib/tournaments/queries/get-viewer-time-zone";
import { Flag } from "lucide-react";

export const metadata: Metadata = { title: "Leaderboard" };
export const dynamic = "force-dynamic";

export default async function LeaderboardPage() {
  const user = await getSessionUser();
  const [rows, freshness, timeZone] = await Promise.all([
    getLeaderboard(),
    getRankingsFreshness(),
    getViewerTimeZone(user?.id),
  ]);
  return (
    <div className="space-y-5">
      <PageHeader title="Leaderboard" description="Every team, ranked by points from completed matches." />
      {rows.length === 0 ? (
        <EmptyState icon={<Flag className="mx-auto size-8" />} title="No teams yet">
          Teams appear here as soon as they are created, and climb once they play. See what is on in{" "}
          <Link href="/tournaments" className="font-medium text-brand-700 underline">
            tournaments
          </Link>
          .
        </EmptyState>
      ) : (
        <>
          <RankingsFreshness freshness={freshness} timeZone={timeZone} />
          <LeaderboardTable rows={rows} />
        </>
      )}
      <ScoringNote />
    </div>
  );
}
