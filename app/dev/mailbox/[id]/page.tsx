// One captured email: the HTML part in a sandboxed iframe (no scripts, no same-origin access), the
// text part, every header (List-Unsubscribe first), and a quick button for a sign-in link.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RelativeTime } from "@/components/ui/time";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findSignInLink } from "../_lib/find-sign-in-link";
import { listHeaderEntries } from "../_lib/list-header-entries";

export const metadata: Metadata = { title: "Captured email" };
export const dynamic = "force-dynamic";

export default async function CapturedEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!env.isDevelopment) notFound();
  const { id } = await params;
  const email = await db.capturedEmail.findUnique({ where: { id } });
  if (!email) notFound();
  const signInLink = findSignInLink(email);
  const now = new Date();
  const headers: [string, string][] = [
    ["From", email.from],
    ["To", email.to],
    ["Subject", email.subject],
    ["Date", email.createdAt.toUTCString()],
    ...listHeaderEntries(email.headers),
  ];

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href="/dev/mailbox" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← Dev mailbox
        </Link>
        <Link
          href={`/dev/mailbox?to=${encodeURIComponent(email.to)}`}
          className="font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          All mail to {email.to}
        </Link>
      </nav>

      <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
        <h1 className="text-xl font-bold tracking-tight sm:text-2xl">{email.subject}</h1>
        <p className="mt-1 text-sm text-zinc-600">
          To <span className="font-medium text-zinc-800">{email.to}</span> · from {email.from} ·{" "}
          <RelativeTime value={email.createdAt} now={now} timeZone="UTC" />
        </p>
        {signInLink ? (
          <div className="mt-4 flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 p-3">
            <a
              href={signInLink}
              className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
            >
              Open the sign-in link
            </a>
            <p className="text-xs text-zinc-600">
              Signs this browser in as {email.to}. The link works once and expires 15 minutes after it was sent.
            </p>
          </div>
        ) : null}
      </div>

      <Card
        title="HTML part"
        headingId="html-heading"
        description="Rendered in a sandbox: no scripts run; links open on click."
      >
        <iframe
          title={`HTML part of “${email.subject}”`}
          sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
          referrerPolicy="no-referrer"
          srcDoc={email.html}
          className="h-[560px] w-full rounded-lg border border-zinc-200 bg-white"
        />
      </Card>

      <Card title="Text part" headingId="text-heading">
        <pre className="max-h-[480px] overflow-auto whitespace-pre-wrap break-words rounded-lg bg-zinc-50 p-3 font-mono text-xs text-zinc-800">
          {email.text}
        </pre>
      </Card>

      <Card title="Headers" headingId="headers-heading">
        <dl className="divide-y divide-zinc-100 text-sm">
          {headers.map(([name, value]) => (
            <div key={name} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt className="font-mono text-xs font-semibold text-zinc-700">{name}</dt>
              <dd className="break-all font-mono text-xs text-zinc-800">{value}</dd>
            </div>
          ))}
        </dl>
        {!headers.some(([name]) => name === "List-Unsubscribe") ? (
          <p className="mt-3 text-xs text-zinc-500">
            No List-Unsubscribe header: transactional mail such as sign-in links has none; notification emails and
            digests do.
          </p>
        ) : null}
      </Card>
    </div>
  );
}
