// In the (list) route group so this skeleton wraps only the list: at app/tournaments/ it would also wrap
// [slug]/layout.tsx, and an unknown slug would stream a 200 before that layout could answer 404.
import { PageHeader } from "@/components/ui/page-header";

export default function TournamentsLoading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <PageHeader
        title="Tournaments"
        description="Live brackets, open registrations and final standings with prizes."
      />
      <p className="sr-only" role="status">
        Loading tournaments…
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <div key={index} className="h-32 animate-pulse rounded-xl border border-zinc-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
