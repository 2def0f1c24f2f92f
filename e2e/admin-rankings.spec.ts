// An admin recomputes one tournament's rankings from its card on the dashboard; once Inngest has run
// the request, the leaderboard ranks the teams that were "—" before.
import { expect, test } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

test("an admin recomputes a tournament's rankings from its card and the leaderboard ranks its teams", async ({
  page,
}) => {
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/leaderboard");
  const table = page.getByRole("table");
  const firstRank = () => table.getByRole("row").nth(1).getByRole("cell").first();
  await expect(firstRank()).toHaveText("—"); // the demo data has results but no ranks yet

  const since = await databaseNow();
  await page.goto("/admin");
  const card = page.getByRole("article", { name: "Crown Cup — Season 1" });
  await card.getByRole("button", { name: "Recompute rankings" }).click();
  await expect(card.getByText("Rankings recompute requested")).toBeVisible();

  expect(await runEventsSince(since)).toContain("rankings/recompute.requested");
  await page.goto("/leaderboard");
  await expect(firstRank()).toHaveText("1");
});
