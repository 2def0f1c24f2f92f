// The admin's "Reschedule or cancel a match" steps on a tournament's card, shared by the specs
// that move matches (the admin types times in the browser's zone: specs fix it with timezoneId).
import { expect, type Locator, type Page } from "@playwright/test";

/** /admin with the tournament's reschedule panel open; returns its card. */
export async function openMatchChanges(page: Page, tournament = "Nightfall Masters"): Promise<Locator> {
  await page.goto("/admin");
  const card = page.getByRole("article", { name: tournament });
  await card.getByText(/^Reschedule or cancel a match/).click();
  return card;
}

/** Moves the match named like "Round 2 · A vs B" to `time` ("2030-06-15T19:30") and waits for the answer. */
export async function rescheduleMatch(card: Locator, match: string, time: string): Promise<Locator> {
  const row = card.getByRole("listitem").filter({ hasText: match }).first();
  await row.getByLabel("New time").fill(time);
  await row.getByRole("button", { name: `Reschedule ${match}` }).click();
  await expect(row.getByText("Match moved. Both rosters are being told.")).toBeVisible();
  return row;
}
