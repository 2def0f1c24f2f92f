// Development-only quick sign-in: a database session for an existing (seeded) user, exactly the
// row Auth.js would create. Refused unless the app runs under `next dev` — a production build can
// never enable it, whatever the configuration says.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { safeCallbackUrl } from "@/lib/links/safe-link";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** Quick sign-in does not exist outside `next dev`: 404, whatever the request. */
export function assertQuickSignInEnabled(): void {
  if (!env.isDevelopment) throw new AppError("NOT_FOUND", "Quick sign-in exists only in development.");
}

export const ZDevSignInInput = z.object({
  email: z.email({ error: "Choose a user to sign in as." }),
  callbackUrl: z.string().nullish(),
});
export type TDevSignInInput = z.input<typeof ZDevSignInInput>;

/** A session for the user, and where to send the browser afterwards (an app path: lib/links/safe-link.ts). */
export async function createDevSession(
  input: TDevSignInInput,
): Promise<{ sessionToken: string; expires: Date; redirectTo: string }> {
  assertQuickSignInEnabled();
  const { email, callbackUrl } = parseInput(ZDevSignInInput, input);
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user with the email ${email}.`);
  const session = await db.session.create({
    data: {
      sessionToken: randomBytes(32).toString("hex"),
      userId: user.id,
      expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { sessionToken: true, expires: true },
  });
  return { ...session, redirectTo: safeCallbackUrl(callbackUrl, env.APP_URL) };
}
