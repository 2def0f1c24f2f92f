import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchX } from "lucide-react";

export default function TeamNotFound() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Team not found</h1>
      <EmptyState icon={<SearchX className="mx-auto size-8" />} title="There is no team at this address">
        It may have been renamed. Find it on the{" "}
        <Link href="/leaderboard" className="font-medium text-brand-700 underline">
          leaderboard
        </Link>
        .
      </EmptyState>
    </div>
  );
}
