// Shown while the preferences load: the page's shape, so nothing jumps when it arrives.
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        Loading your notification settings…
      </p>
      <div aria-hidden className="space-y-2">
        <div className="h-8 w-64 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-80 max-w-full animate-pulse rounded bg-zinc-200" />
      </div>
      <div aria-hidden className="h-20 animate-pulse rounded-xl border border-zinc-200 bg-white" />
      <div aria-hidden className="space-y-3 rounded-xl border border-zinc-200 bg-white p-5">
        <div className="h-5 w-48 animate-pulse rounded bg-zinc-200" />
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="flex items-center gap-3">
            <div className="h-9 flex-1 animate-pulse rounded bg-zinc-100" />
            <div className="size-5 animate-pulse rounded bg-zinc-200" />
            <div className="size-5 animate-pulse rounded bg-zinc-200" />
            <div className="size-5 animate-pulse rounded bg-zinc-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
