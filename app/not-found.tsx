// Every address that matches no page (and every notFound() without a closer not-found page): the
// site's own header and footer around a plain "not found", with the ways on a player usually wants.
import type { Metadata } from "next";
import Link from "next/link";
import { Crown } from "lucide-react";

export const metadata: Metadata = { title: "Page not found" };

const WAYS_ON = [
  ["/", "Home"],
  ["/tournaments", "Tournaments"],
  ["/leaderboard", "Leaderboard"],
  ["/notifications", "Notifications"],
] as const;

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-10 text-center">
      <Crown aria-hidden className="mx-auto size-12 text-brand-600" />
      <div className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Error 404</p>
        <h1 className="text-3xl font-bold tracking-tight">This page is not on the bracket</h1>
        <p className="text-zinc-600">
          The address may be mistyped, or the page was moved or removed. Try one of these instead:
        </p>
      </div>
      <ul className="flex flex-wrap justify-center gap-2">
        {WAYS_ON.map(([href, label]) => (
          <li key={href}>
            <Link
              href={href}
              className="inline-block rounded-full border border-zinc-300 bg-white px-4 py-1.5 text-sm font-medium text-zinc-800 hover:border-brand-500 hover:text-brand-700"
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
