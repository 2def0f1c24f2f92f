import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailSignInForm } from "@/components/auth/email-sign-in-form";
import { isDiscordSignInEnabled, signIn } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-error-message";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { safeCallbackUrl } from "@/lib/links/safe-link";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl, env.APP_URL);
  // A refused Discord link from the settings page lands here signed in: show why rather than bounce.
  if (!params.error && (await getSessionUser())) redirect(callbackUrl);
  const error = signInErrorMessage(params.error);
  const quickUsers = env.isDevelopment
    ? await db.user.findMany({
        where: { email: { endsWith: "@deltacrown.test" } },
        orderBy: [{ role: "desc" }, { name: "asc" }],
        select: { email: true, name: true, role: true },
        take: 20,
      })
    : [];

  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-zinc-600">We email you a link — no password needed.</p>
      </div>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">
        <EmailSignInForm callbackUrl={callbackUrl} />
        {isDiscordSignInEnabled ? (
          <form
            className="mt-3"
            action={async () => {
              "use server";
              await signIn("discord", { redirectTo: callbackUrl });
            }}
          >
            <button
              type="submit"
              className="w-full rounded-md border border-zinc-300 px-4 py-2 font-semibold text-zinc-800 hover:bg-zinc-50"
            >
              Continue with Discord
            </button>
          </form>
        ) : null}
      </div>
      {env.isDevelopment ? (
        <section
          aria-labelledby="quick-sign-in"
          className="rounded-xl border border-dashed border-amber-300 bg-amber-50 p-5"
        >
          <h2 id="quick-sign-in" className="text-sm font-semibold text-amber-900">
            Quick sign-in (development only)
          </h2>
          <p className="mt-1 text-xs text-amber-800">
            Demo accounts from the seed. Or use the email form and open the link in the{" "}
            <Link className="underline" href="/dev/mailbox">
              dev mailbox
            </Link>
            .
          </p>
          {quickUsers.length === 0 ? (
            <p className="mt-3 text-sm text-amber-900">No demo users yet: run npm run db:seed.</p>
          ) : null}
          <ul className="mt-3 grid gap-2">
            {quickUsers.map((user) => (
              <li key={user.email}>
                <form method="post" action="/api/dev/sign-in">
                  <input type="hidden" name="email" value={user.email ?? ""} />
                  <input type="hidden" name="callbackUrl" value={callbackUrl} />
                  <button
                    type="submit"
                    className="w-full rounded-md bg-white px-3 py-1.5 text-left text-sm text-zinc-800 ring-1 ring-amber-200 hover:bg-amber-100"
                  >
                    {user.name} <span className="text-zinc-500">· {user.email}</span>
                    {user.role === "ADMIN" ? (
                      <span className="ml-1 text-xs font-semibold text-brand-700">admin</span>
                    ) : null}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
