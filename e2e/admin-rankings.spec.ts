// The leaderboard comes from the rankings job, not from each result: an admin posts a result in the
// ongoing tournament, the leaderboard still shows the standings as last computed, and recomputing
// that tournament's rankings from its card on the dashboard (once Inngest has run the request)
// brings the result in. Azure Phantoms' players are told why they moved.
import { expect, type Page, test } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

async function pointsOf(page: Page, team: string): Promise<number> {
  await page.goto("/leaderboard");
  const row = page.getByRole("row").filter({ hasText: team });
  return Number(await row.locator("td").nth(3).textContent());
}

test("an admin posts a result and recomputes the tournament's rankings from its card; the leaderboard follows", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin@deltacrown.test");
  const before = await pointsOf(page, "Azure Phantoms");
  expect(before).toBeGreaterThan(0); // the demo data's standings are computed

  await page.goto("/admin");
  const card = page.getByRole("article", { name: "Nightfall Masters" });
  await card.getByText(/^Post a match result/).click();
  const matchSelect = card.getByLabel("Match", { exact: true });
  const fixture = card.getByRole("option", { name: /^Round 1 · Crimson Vanguard vs Azure Phantoms/ });
  await matchSelect.selectOption((await fixture.getAttribute("value")) ?? "");
  await card.getByLabel("Crimson Vanguard score").fill("4");
  await card.getByLabel("Azure Phantoms score").fill("13");
  await card.getByRole("button", { name: "Post result" }).click();
  await expect(card.getByText(/^Result posted: Crimson Vanguard 4–13 Azure Phantoms/)).toBeVisible();
  expect(await pointsOf(page, "Azure Phantoms")).toBe(before); // not ranked yet…
  // …and the leaderboard and the team's page say so, rather than showing old numbers as current.
  await expect(page.getByTestId("rankings-freshness")).toContainText("Update pending: 1 result is not counted yet");
  await page.goto("/teams/azure-phantoms");
  await expect(page.getByTestId("rankings-freshness")).toContainText("Update pending: 1 result is not counted yet");

  const since = await databaseNow();
  await page.goto("/admin");
  await page
    .getByRole("article", { name: "Nightfall Masters" })
    .getByRole("button", { name: "Recompute rankings" })
    .click();
  await expect(page.getByText("Rankings recompute requested")).toBeVisible();
  expect(await runEventsSince(since)).toContain("rankings/recompute.requested");
  expect(await pointsOf(page, "Azure Phantoms")).toBe(before + 3);
  const freshness = page.getByTestId("rankings-freshness");
  await expect(freshness).toContainText("Rankings last updated");
  await expect(freshness).not.toContainText("Update pending");

  // Lena plays for Azure Phantoms: her ranking_changed notification says what moved the team.
  const player = await (await browser.newContext()).newPage();
  await signInAs(player, "lena@deltacrown.test");
  await player.goto("/notifications");
  await expect(
    player
      .getByTestId("notification-item")
      .filter({ hasText: /Azure Phantoms: up \d+ to #\d+ after beating Crimson Vanguard 13–4/ }),
  ).toBeVisible();
});
