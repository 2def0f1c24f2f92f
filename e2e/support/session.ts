// Signing in the way a user does: the sign-in form, the mailed link, opened in the browser. A
// player who signed in earlier in this run stays signed in (their session cookie is reused, as a
// browser keeps it), so the suite asks for no more links than the app's sign-in limits allow one
// address (lib/auth/limit-sign-in-requests.ts); a session that is gone means a fresh sign-in.
import { type BrowserContext, expect, type Page } from "@playwright/test";
import { E2E_APP_URL } from "./config";
import { requestSignInLink } from "./sign-in-link";

type TCookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const sessions = new Map<string, TCookies>();

export async function signInAs(page: Page, email: string): Promise<void> {
  const kept = sessions.get(email);
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto("/");
    if (await page.getByTestId("welcome-name").isVisible()) return;
    await page.context().clearCookies();
  }
  const { link } = await requestSignInLink(page, email);
  await page.goto(link);
  await expect(page).toHaveURL(`${E2E_APP_URL}/`);
  await expect(page.getByTestId("welcome-name")).toBeVisible();
  sessions.set(email, await page.context().cookies());
}
