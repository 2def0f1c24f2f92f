"use client";
// The header's interactive frame: primary links inline from lg up, behind a "Menu" disclosure on
// phones (which also holds the account links); the active link carries aria-current="page".
// Server-rendered pieces (brand, bell, account with its sign-out form) come in as slots.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useRef, useState } from "react";
import { useDismiss } from "./use-dismiss";

export type TNavItem = {
  href: string;
  label: string;
  /** Also active under this path prefix. */
  match?: string;
  /** Something waiting there ("2 pending"): a count after the label, its words for screen readers. */
  badge?: { count: number; words: string };
};

function NavBadge({ badge }: { badge: TNavItem["badge"] }) {
  if (!badge || badge.count === 0) return null;
  return (
    <>
      {" "}
      <span className="ml-0.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-amber-900">
        {badge.count}
        <span className="sr-only"> {badge.words}</span>
      </span>
    </>
  );
}

function isActive(pathname: string, item: TNavItem): boolean {
  const prefix = item.match ?? item.href;
  return pathname === item.href || pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function HeaderShell({
  brand,
  nav,
  actions,
  account,
  mobileAccount,
}: {
  brand: ReactNode;
  nav: TNavItem[];
  actions: ReactNode;
  account: ReactNode;
  mobileAccount: ReactNode;
}) {
  const pathname = usePathname();
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    // Navigating closes the phone menu.
    setMenuPath(pathname);
    setIsMenuOpen(false);
  }
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useDismiss(isMenuOpen, () => setIsMenuOpen(false), { trigger: buttonRef, panel: panelRef });

  return (
    <>
      <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-2 px-4 sm:px-6">
        {brand}
        <nav aria-label="Main" className="ml-4 hidden lg:block">
          <ul className="flex items-center gap-1">
            {nav.map((item) => {
              const active = isActive(pathname, item);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={`rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700" : "text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900"}`}
                  >
                    {item.label}
                    <NavBadge badge={item.badge} />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          {actions}
          <div className="hidden items-center gap-2 lg:flex">{account}</div>
          <button
            ref={buttonRef}
            type="button"
            className="inline-flex h-10 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 lg:hidden"
            aria-expanded={isMenuOpen}
            aria-controls="site-menu"
            onClick={() => setIsMenuOpen(!isMenuOpen)}
          >
            <MenuIcon isOpen={isMenuOpen} />
            Menu
          </button>
        </div>
      </div>
      <div ref={panelRef} id="site-menu" hidden={!isMenuOpen} className="border-t border-zinc-200 bg-white lg:hidden">
        <nav aria-label="Main" className="mx-auto max-w-5xl px-4 py-2 sm:px-6">
          <ul className="grid gap-1">
            {nav.map((item) => {
              const active = isActive(pathname, item);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={active ? "page" : undefined}
                    className={`block rounded-md px-3 py-2.5 text-base font-medium ${active ? "bg-brand-50 text-brand-700" : "text-zinc-800 hover:bg-zinc-100"}`}
                  >
                    {item.label}
                    <NavBadge badge={item.badge} />
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {mobileAccount ? (
          <div className="mx-auto max-w-5xl border-t border-zinc-200 px-4 py-3 sm:px-6">{mobileAccount}</div>
        ) : null}
      </div>
    </>
  );
}

function MenuIcon({ isOpen }: { isOpen: boolean }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      className="h-5 w-5"
    >
      {isOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  );
}
