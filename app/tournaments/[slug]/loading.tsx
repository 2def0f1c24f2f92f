export default function TournamentLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the tournament…
      </p>
      <div className="space-y-2">
        <div className="h-4 w-32 animate-pulse rounded bg-zinc-200" />
        <div className="h-9 w-2/3 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-1/3 animate-pulse rounded bg-zinc-200" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="h-96 animate-pulse rounded-xl border border-zinc-200 bg-white lg:col-span-2" />
        <div className="h-64 animate-pulse rounded-xl border border-zinc-200 bg-white" />
      </div>
    </div>
  );
}
