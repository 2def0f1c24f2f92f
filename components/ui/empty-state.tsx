import type { ReactNode } from "react";

/** What an empty list says: what will appear here, and what to do next. */
export function EmptyState({ icon, title, children }: { icon?: ReactNode; title: ReactNode; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-zinc-300 bg-white px-6 py-10 text-center">
      {icon ? (
        <div aria-hidden className="text-3xl">
          {icon}
        </div>
      ) : null}
      <p className="mt-2 font-semibold text-zinc-800">{title}</p>
      {children ? <div className="mx-auto mt-1 max-w-md text-sm text-zinc-600">{children}</div> : null}
    </div>
  );
}
