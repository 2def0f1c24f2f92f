// While the center loads: the page's shape in grey, so nothing jumps when it arrives.
export default function NotificationsLoading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading notifications…</p>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="w-full max-w-xl">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Notifications</h1>
          <div className="mt-2 h-5 w-full animate-pulse rounded bg-zinc-200" />
          <div className="mt-1 h-5 w-1/2 animate-pulse rounded bg-zinc-200 sm:hidden" />
        </div>
        <div className="h-8 w-44 animate-pulse rounded-md bg-zinc-200" />
      </div>
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="h-10 w-64 animate-pulse rounded-lg bg-zinc-200" />
        <div className="flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1 sm:flex-none">
            <div className="h-3 w-10 animate-pulse rounded bg-zinc-200" />
            <div className="h-9 w-full animate-pulse rounded-md bg-zinc-200 sm:w-56" />
          </div>
          <div className="h-9 w-16 animate-pulse rounded-md bg-zinc-200" />
        </div>
      </div>
      <div className="mb-3 flex h-9 items-center justify-between">
        <div className="h-4 w-40 animate-pulse rounded bg-zinc-200" />
        <div className="h-8 w-28 animate-pulse rounded-md bg-zinc-200" />
      </div>
      <ul className="divide-y divide-zinc-200 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
        {Array.from({ length: 5 }, (_, index) => (
          <li key={index} className="flex gap-4 px-5 py-4">
            <div className="h-10 w-10 shrink-0 animate-pulse rounded-full bg-zinc-200" />
            <div className="flex-1 space-y-2">
              <div className="h-3 w-40 animate-pulse rounded bg-zinc-200" />
              <div className="h-4 w-3/4 animate-pulse rounded bg-zinc-200" />
              <div className="h-3 w-1/2 animate-pulse rounded bg-zinc-100" />
              <div className="h-5 w-24 animate-pulse rounded-full bg-zinc-100" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
