// Development mailbox: mail captured because RESEND_API_KEY is not set (magic links, notifications).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Dev mailbox" };
export const dynamic = "force-dynamic";

export default async function DevMailboxPage() {
  if (!env.isDevelopment) notFound();
  const emails = await db.capturedEmail.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: { id: true, to: true, subject: true, createdAt: true } });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Dev mailbox</h1>
        <p className="text-sm text-zinc-600">Mail the app would have sent. Set RESEND_API_KEY to send for real.</p>
      </div>
      {emails.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 bg-white p-6 text-center text-sm text-zinc-600">
          Nothing captured yet. Ask for a sign-in link on the <Link className="text-brand-700 underline" href="/sign-in">sign-in page</Link> and it appears here.
        </p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/mailbox/${email.id}`} className="flex flex-col gap-0.5 px-4 py-3 hover:bg-zinc-50 sm:flex-row sm:items-center sm:justify-between">
                <span className="font-medium">{email.subject}</span>
                <span className="text-xs text-zinc-500">
                  to {email.to} · {email.createdAt.toLocaleString("en-GB", { timeZone: "UTC" })} UTC
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
