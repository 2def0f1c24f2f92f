import { PageHeader } from "@/components/ui/page-header";

export default function LeaderboardLoading() {
  return (
    <div className="space-y-5" aria-busy="true">
      <PageHeader title="Leaderboard" description="Every team, ranked by points from completed matches." />
      <div className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
        <p className="sr-only" role="status">
          Loading the leaderboard…
        </p>
        <div className="space-y-3">
          {Array.from({ length: 6 }, (_, index) => (
            <div key={index} className="h-7 animate-pulse rounded bg-zinc-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
