"use client";
import { PageError } from "@/components/ui/page-error";

export default function LeaderboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      title="The leaderboard could not be loaded"
      reset={reset}
      backHref="/"
      backLabel="Back to the home page"
    />
  );
}
