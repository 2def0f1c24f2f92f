// The site header (server component): brand, primary navigation, the notification bell with its
// unread count rendered here (so it never jumps in), and the account (name, sign out) — or a
// sign-in link. Phones get a compact bar with a "Menu" disclosure (see HeaderShell).
import Link from "next/link";
import { signOutAction } from "@/app/sign-in/actions";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { getSessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/inbox/list-notifications";
import { countOpenInvites } from "@/lib/teams/queries/get-player-home";
import { HeaderShell, type TNavItem } from "./header-shell";
import { Crown } from "lucide-react";

export async function SiteHeader() {
  const user = await getSessionUser();
  const [unreadCount, openInviteCount] = user
    ? await Promise.all([countUnread(user.id), countOpenInvites(user.id)])
    : [0, 0];
  const nav: TNavItem[] = [
    { href: "/tournaments", label: "Tournaments" },
    { href: "/leaderboard", label: "Leaderboard" },
    ...(user
      ? [
          { href: "/teams", label: "My team" },
          { href: "/invites", label: "Invites", badge: { count: openInviteCount, words: "pending" } },
          { href: "/notifications", label: "Notifications" },
          { href: "/settings/notifications", label: "Settings", match: "/settings" },
        ]
      : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  const displayName = user ? (user.name ?? user.email ?? "Your account") : null;
  const adminBadge =
    user?.role === "ADMIN" ? (
      <span className="rounded bg-brand-100 px-1.5 py-0.5 text-xs font-semibold text-brand-700">Admin</span>
    ) : null;
  const signOut = (className: string) => (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );

  return (
    <header className="relative border-b border-zinc-200 bg-white">
      <HeaderShell
        brand={
          <Link
            href="/"
            className="flex shrink-0 items-center gap-2 rounded-md text-lg font-bold tracking-tight text-brand-700"
          >
            <Crown aria-hidden className="inline size-5 align-[-3px]" /> DeltaCrown
          </Link>
        }
        nav={nav}
        actions={
          user ? (
            <NotificationBell initialCount={unreadCount} />
          ) : (
            <Link
              href="/sign-in"
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Sign in
            </Link>
          )
        }
        account={
          user ? (
            <>
              <span className="flex min-w-0 items-center gap-2 text-sm text-zinc-700">
                <span
                  className="max-w-[10rem] truncate lg:max-w-[14rem]"
                  data-testid="header-user"
                  title={user.email ?? undefined}
                >
                  {displayName}
                </span>
                {adminBadge}
              </span>
              {signOut("whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100")}
            </>
          ) : null
        }
        mobileAccount={
          user ? (
            <div className="flex items-center justify-between gap-3">
              <div className="min-w-0">
                <p className="flex items-center gap-2 truncate text-sm font-semibold text-zinc-900">
                  <span className="truncate">{displayName}</span>
                  {adminBadge}
                </p>
                {user.email && user.email !== displayName ? (
                  <p className="truncate text-sm text-zinc-600">{user.email}</p>
                ) : null}
              </div>
              {signOut(
                "shrink-0 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-50",
              )}
            </div>
          ) : null
        }
      />
    </header>
  );
}
