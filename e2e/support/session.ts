// Signing in the way a user does: the sign-in form, the mailed link, opened in the browser.
import { expect, type Page } from "@playwright/test";
import { E2E_APP_URL } from "./config";
import { requestSignInLink } from "./sign-in-link";

export async function signInAs(page: Page, email: string): Promise<void> {
  const { link } = await requestSignInLink(page, email);
  await page.goto(link);
  await expect(page).toHaveURL(`${E2E_APP_URL}/`);
  await expect(page.getByTestId("welcome-name")).toBeVisible();
}
