import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchX } from "lucide-react";

export default function TournamentNotFound() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Tournament not found</h1>
      <EmptyState icon={<SearchX className="mx-auto size-8" />} title="There is no tournament at this address">
        See every tournament on the{" "}
        <Link href="/tournaments" className="font-medium text-brand-700 underline">
          tournaments page
        </Link>
        .
      </EmptyState>
    </div>
  );
}
