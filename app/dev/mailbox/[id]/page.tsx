import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function CapturedEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!env.isDevelopment) notFound();
  const { id } = await params;
  const email = await db.capturedEmail.findUnique({ where: { id } });
  if (!email) notFound();
  return (
    <div className="space-y-4">
      <Link href="/dev/mailbox" className="text-sm text-brand-700 underline">
        ← Dev mailbox
      </Link>
      <div className="rounded-xl border border-zinc-200 bg-white p-4 text-sm">
        <h1 className="text-lg font-semibold">{email.subject}</h1>
        <p className="text-zinc-600">
          From {email.from} to {email.to} · {email.createdAt.toISOString()}
        </p>
      </div>
      <iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcDoc={email.html} className="h-[560px] w-full rounded-xl border border-zinc-200 bg-white" />
      <details className="rounded-xl border border-zinc-200 bg-white p-4">
        <summary className="cursor-pointer text-sm font-medium">Plain-text part and headers</summary>
        <pre className="mt-3 whitespace-pre-wrap text-xs">{email.text}</pre>
        <pre className="mt-3 whitespace-pre-wrap text-xs text-zinc-600">{JSON.stringify(email.headers, null, 2)}</pre>
      </details>
    </div>
  );
}
