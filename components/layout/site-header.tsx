import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/sign-in/actions";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="mx-auto flex h-14 w-full max-w-5xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-brand-700">
          <span aria-hidden>♛</span> DeltaCrown
        </Link>
        <nav aria-label="Account" className="flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="hidden text-zinc-600 sm:inline" data-testid="header-user">
                {user.name ?? user.email}
                {user.role === "ADMIN" ? <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-700">Admin</span> : null}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="rounded-md px-3 py-1.5 font-medium text-zinc-700 hover:bg-zinc-100">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
