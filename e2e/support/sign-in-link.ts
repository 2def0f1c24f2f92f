// The magic link a user would click: asked for through the sign-in form, read from the mail the app
// sent through Resend's API (to the stand-in, e2e/support/mailbox.ts).
import { expect, type Page } from "@playwright/test";
import { findNewestEmail } from "./mailbox";

export const SIGN_IN_EMAIL_SUBJECT = "Your DeltaCrown sign-in link";

const SIGN_IN_LINK = /https?:\/\/[^\s"'<>()[\]]+\/api\/auth\/callback\/email\?[^\s"'<>()[\]]+/;

/**
 * Each player signs in from their own address, as real players do: the suite signs in more than the
 * per-IP hourly limit (lib/auth/limit-sign-in-requests.ts) allows one address, and the server takes
 * the client's address from the first x-forwarded-for entry, as it does behind Vercel's proxy.
 */
function clientAddressOf(email: string): string {
  let hash = 0;
  for (const char of email) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `198.51.100.${1 + (hash % 254)}`; // TEST-NET-2 (RFC 5737)
}

/** Fills in the sign-in form as a user does, waits for "Check your email", returns the link mailed. */
export async function requestSignInLink(page: Page, email: string): Promise<{ link: string; emailId: string }> {
  const previous = await findNewestEmail(email);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": clientAddressOf(email) });

  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await expect
    .poll(async () => (await findNewestEmail(email))?.id ?? null, { message: `a new sign-in email to ${email}` })
    .not.toBe(previous?.id ?? null);
  const mail = await findNewestEmail(email);
  expect(mail?.subject).toBe(SIGN_IN_EMAIL_SUBJECT);
  const link = mail?.text?.match(SIGN_IN_LINK)?.[0];
  if (!mail || !link)
    throw new Error(`The sign-in email to ${email} has no sign-in link in its text part:\n${mail?.text}`);
  return { link, emailId: mail.id };
}
