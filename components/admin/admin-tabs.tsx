"use client";
// The dashboard's sections as tabs (each its own page, so each loads only its data and fits a
// screen); the current one carries aria-current, and a count says where something waits.
import Link from "next/link";
import { usePathname } from "next/navigation";

export type TAdminTab = {
  href: string;
  label: string;
  count?: { value: number; words: string; tone: "warning" | "danger" };
};

export function AdminTabs({ tabs }: { tabs: TAdminTab[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard sections" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      {/* relative: the counts' screen-reader words are absolutely placed; inside the row they scroll with it
          instead of widening the whole page on a phone. */}
      <ul className="relative flex gap-1 whitespace-nowrap border-b border-zinc-200 text-sm">
        {tabs.map((tab) => {
          const isCurrent = pathname === tab.href;
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 font-medium ${isCurrent ? "border-brand-600 text-brand-700" : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900"}`}
              >
                {tab.label}
                {tab.count?.value ? (
                  <>
                    {" "}
                    <span
                      className={`rounded-full px-1.5 py-0.5 text-xs tabular-nums ${tab.count.tone === "danger" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}
                    >
                      {tab.count.value}
                      <span className="sr-only"> {tab.count.words}</span>
                    </span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
