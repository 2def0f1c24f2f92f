// /unsubscribe?token=… — the email's unsubscribe link. GET only reads (mail scanners prefetch
// links); the button POSTs to /api/unsubscribe, which comes back here with done=1. No login needed:
// the signed token says whose email and which kind.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getPreferencesForUsers } from "@/lib/notifications/preferences/get-preferences-for-users";
import { describeUnsubscribeScope, isUnsubscribed } from "@/lib/notifications/unsubscribe/unsubscribe-scope";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe/unsubscribe-token";

export const metadata: Metadata = {
  title: "Unsubscribe",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};
export const dynamic = "force-dynamic";

const SETTINGS_PATH = "/settings/notifications";

function Panel({
  title,
  tone = "neutral",
  children,
}: {
  title: string;
  tone?: "neutral" | "success" | "error";
  children: ReactNode;
}) {
  const border = tone === "success" ? "border-emerald-200" : tone === "error" ? "border-red-200" : "border-zinc-200";
  return (
    <section
      aria-labelledby="unsubscribe-title"
      className={`mx-auto max-w-md rounded-xl border ${border} bg-white p-6 shadow-sm`}
    >
      <h1 id="unsubscribe-title" className="text-xl font-bold tracking-tight">
        {title}
      </h1>
      <div className="mt-3 space-y-4 text-sm text-zinc-700">{children}</div>
    </section>
  );
}

const settingsLink = (
  <Link href={SETTINGS_PATH} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-600">
    notification settings
  </Link>
);

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const payload = verifyUnsubscribeToken(token);

  if (!payload) {
    return (
      <Panel title="This unsubscribe link doesn't work" tone="error">
        <p role="alert">
          The link is incomplete or was changed. Open it again straight from the email (some apps cut long links), or
          sign in and use your {settingsLink}.
        </p>
      </Panel>
    );
  }

  const prefs = (await getPreferencesForUsers([payload.userId])).get(payload.userId);
  if (!prefs) {
    return (
      <Panel title="Account not found" tone="error">
        <p role="alert">This link belongs to a DeltaCrown account that no longer exists, so it gets no email.</p>
      </Panel>
    );
  }

  const what = describeUnsubscribeScope(payload.scope);
  if (isUnsubscribed(prefs, payload.scope)) {
    const isDone = params.done === "1";
    return (
      <Panel title={isDone ? "Unsubscribed" : "You're already unsubscribed"} tone="success">
        <p role="status">
          {isDone
            ? "Done — you won't get these emails any more."
            : `You don't get email about ${payload.scope === "all" ? "anything" : what} now.`}{" "}
          Change your mind on your {settingsLink}.
        </p>
      </Panel>
    );
  }

  const title = payload.scope === "all" ? "Stop all DeltaCrown email?" : `Stop emails about ${what}?`;
  const explanation =
    payload.scope === "all"
      ? "You will get no more email from DeltaCrown. In-app notifications and Discord stay as they are."
      : `You will get no more email about ${what}. Other emails, in-app notifications and Discord stay as they are.`;
  return (
    <Panel title={title}>
      <p>{explanation}</p>
      <form
        method="post"
        action={`/api/unsubscribe?${new URLSearchParams({ token }).toString()}`}
        className="flex flex-wrap items-center gap-3"
      >
        <input type="hidden" name="from" value="page" />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {payload.scope === "all" ? "Unsubscribe from all email" : "Unsubscribe"}
        </button>
        <Link href={SETTINGS_PATH} className="rounded-md px-3 py-2 font-medium text-zinc-700 hover:bg-zinc-100">
          Keep them, manage settings
        </Link>
      </form>
    </Panel>
  );
}
