export default function TeamLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the team…
      </p>
      <div className="h-44 animate-pulse rounded-2xl bg-brand-100" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <div className="h-56 animate-pulse rounded-xl border border-zinc-200 bg-white" />
          <div className="h-48 animate-pulse rounded-xl border border-zinc-200 bg-white" />
        </div>
        <div className="space-y-6">
          <div className="h-32 animate-pulse rounded-xl border border-zinc-200 bg-white" />
          <div className="h-32 animate-pulse rounded-xl border border-zinc-200 bg-white" />
        </div>
      </div>
    </div>
  );
}
