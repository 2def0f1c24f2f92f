import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { Mail } from "lucide-react";

export const metadata: Metadata = { title: "Check your email" };
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-sm space-y-4 text-center">
      <Mail aria-hidden className="mx-auto size-10 text-brand-700" />
      <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
      <p className="text-zinc-600">A sign-in link is on its way. It works once and expires in 15 minutes.</p>
      {env.isDevelopment ? (
        <p className="text-sm text-zinc-600">
          Developing locally? Open it in the{" "}
          <Link className="font-medium text-brand-700 underline" href="/dev/mailbox">
            dev mailbox
          </Link>
          .
        </p>
      ) : null}
      <p className="text-sm">
        <Link className="text-brand-700 underline" href="/sign-in">
          Use a different email
        </Link>
      </p>
    </div>
  );
}
