// The product owner's flow: an admin pays out the completed tournament from the dashboard; the
// winning captain sees "payout received" and a higher balance; a second request pays nothing.
import { expect, test, type Page } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const TOURNAMENT = "Crown Cup — Season 1";

function tournamentCard(page: Page) {
  return page.getByRole("article", { name: TOURNAMENT });
}

async function requestPayouts(page: Page): Promise<Date> {
  const since = await databaseNow();
  const card = tournamentCard(page);
  await card.getByRole("button", { name: "Distribute payouts" }).click();
  await card.getByRole("button", { name: "Confirm payout" }).click();
  await expect(card.getByText("Queued — not paid yet")).toBeVisible();
  // Queued is not paid: the button says so, and cannot send a second request meanwhile.
  await expect(card.getByRole("button", { name: "Payout queued…" })).toBeDisabled();
  return since;
}

test("an admin distributes the completed tournament's payouts; the captain is paid once and told", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // two sign-ins, two payout runs and the dashboard's polling
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Admin dashboard" })).toBeVisible();

  // Inngest's part, played by the real functions on the events the dashboard queued.
  const since = await requestPayouts(page);
  const ran = await runEventsSince(since);
  expect(ran).toContain("payouts/distribute.requested");

  const card = tournamentCard(page);
  await expect(card.getByText("Paid", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(card.getByText(/1,000 coins/).first()).toBeVisible();

  // The winning captain (Alex, Crimson Vanguard) finds the payout in the notification center…
  const captain = await (await browser.newContext()).newPage();
  await signInAs(captain, "alex@deltacrown.test");
  await captain.goto("/notifications");
  await expect(captain.getByTestId("notification-item").filter({ hasText: "1,000 coins for 1st place" })).toBeVisible();
  // …and a balance of 1,000 coins on the team page.
  await captain.goto("/teams/crimson-vanguard");
  await expect(captain.getByTestId("captain-balance")).toContainText("1,000 coins");

  // A second request ends as "already distributed" and moves no coins.
  await page.reload();
  const again = await requestPayouts(page);
  await runEventsSince(again);
  await expect(tournamentCard(page).getByText("Already distributed")).toBeVisible({ timeout: 15_000 });
  await captain.reload();
  await expect(captain.getByTestId("captain-balance")).toContainText("1,000 coins");
});
