// In the (list) route group so it does not wrap [id]: an unknown message id answers a real 404.
export default function DevMailboxLoading() {
  return (
    <div className="space-y-5" aria-busy="true">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Dev mailbox</h1>
      <p className="sr-only" role="status">
        Loading captured mail…
      </p>
      <div className="h-20 animate-pulse rounded-xl border border-zinc-200 bg-white" />
      <div className="h-64 animate-pulse rounded-xl border border-zinc-200 bg-white" />
    </div>
  );
}
