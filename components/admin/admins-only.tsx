import Link from "next/link";

/** What a signed-in non-admin sees at /admin: a plain 403, with a way back. */
export function AdminsOnly() {
  return (
    <div className="mx-auto max-w-md rounded-xl border border-zinc-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-2xl font-bold tracking-tight">403 — Admins only</h1>
      <p className="mt-2 text-zinc-600">The admin dashboard is for DeltaCrown staff. Your account can’t open it.</p>
      <Link
        href="/"
        className="mt-6 inline-flex rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Back to the home page
      </Link>
    </div>
  );
}
