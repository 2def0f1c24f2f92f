// Shown while the dashboard's data loads: the page's shape, so nothing jumps when it arrives.
export default function AdminLoading() {
  return (
    <div className="space-y-8" aria-busy="true">
      <p role="status" className="sr-only">
        Loading the admin dashboard…
      </p>
      <div className="space-y-2">
        <div className="h-8 w-64 animate-pulse rounded bg-zinc-200" />
        <div className="h-4 w-96 max-w-full animate-pulse rounded bg-zinc-200" />
      </div>
      <div className="flex gap-2">
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="h-7 w-24 animate-pulse rounded-full bg-zinc-200" />
        ))}
      </div>
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className="h-48 animate-pulse rounded-xl border border-zinc-200 bg-white" />
      ))}
    </div>
  );
}
