// Development mailbox: mail captured because RESEND_API_KEY is not set (magic links, notifications,
// digests), newest first, filterable by recipient. Development only: a 404 anywhere else.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RelativeTime } from "@/components/ui/time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findSignInLink } from "../_lib/find-sign-in-link";
import { MailOpen } from "lucide-react";

export const metadata: Metadata = { title: "Dev mailbox" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!env.isDevelopment) notFound();
  const rawTo = (await searchParams).to;
  const to = typeof rawTo === "string" && rawTo.trim() ? rawTo.trim() : null;
  const where = to ? { to } : {};
  const [emails, total, recipients] = await Promise.all([
    db.capturedEmail.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE,
      select: { id: true, to: true, subject: true, text: true, headers: true, createdAt: true },
    }),
    db.capturedEmail.count({ where }),
    db.capturedEmail.findMany({ distinct: ["to"], orderBy: { to: "asc" }, select: { to: true } }),
  ]);
  const now = new Date();

  return (
    <div className="space-y-5">
      <PageHeader
        title="Dev mailbox"
        description={
          <>
            Mail the app would have sent. Nothing leaves this machine; set{" "}
            <code className="rounded bg-zinc-100 px-1 text-sm">RESEND_API_KEY</code> to send for real.
          </>
        }
      />

      <form
        method="get"
        className="flex flex-wrap items-end gap-2 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      >
        <div className="min-w-0 flex-1 space-y-1 sm:flex-none">
          <label htmlFor="to" className="block text-sm font-medium text-zinc-700">
            Recipient
          </label>
          <select
            id="to"
            name="to"
            defaultValue={to ?? ""}
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm sm:w-72 sm:text-sm"
          >
            <option value="">All recipients</option>
            {recipients.map((recipient) => (
              <option key={recipient.to} value={recipient.to}>
                {recipient.to}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {to ? (
          <Link href="/dev/mailbox" className="px-2 py-2 text-sm font-medium text-brand-700 underline">
            Show all
          </Link>
        ) : null}
        <p className="w-full text-sm text-zinc-600 sm:ml-auto sm:w-auto" role="status">
          {total === 0 ? "No mail" : `${total} ${total === 1 ? "email" : "emails"}`}
          {to ? ` to ${to}` : ""}
          {total > PAGE_SIZE ? ` · showing the newest ${PAGE_SIZE}` : ""}
        </p>
      </form>

      {emails.length === 0 ? (
        <EmptyState
          icon={<MailOpen className="mx-auto size-8" />}
          title={to ? `Nothing captured for ${to}` : "Nothing captured yet"}
        >
          Ask for a sign-in link on the{" "}
          <Link className="font-medium text-brand-700 underline" href="/sign-in">
            sign-in page
          </Link>{" "}
          or send yourself a test notification from your notification settings, and it appears here.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-zinc-100 overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm">
          {emails.map((email) => {
            const hasSignInLink = findSignInLink({ text: email.text }) !== null;
            const hasUnsubscribe = Boolean(
              email.headers && typeof email.headers === "object" && "List-Unsubscribe" in email.headers,
            );
            return (
              <li key={email.id}>
                <Link
                  href={`/dev/mailbox/${email.id}`}
                  className="flex flex-col gap-1 px-4 py-3 hover:bg-zinc-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-zinc-900">{email.subject}</span>
                    <span className="block truncate text-xs text-zinc-500">to {email.to}</span>
                  </span>
                  <span className="flex shrink-0 flex-wrap items-center gap-2 text-xs text-zinc-600">
                    {hasSignInLink ? <Badge tone="brand">sign-in link</Badge> : null}
                    {hasUnsubscribe ? <Badge>unsubscribe header</Badge> : null}
                    <RelativeTime value={email.createdAt} now={now} timeZone="UTC" />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
