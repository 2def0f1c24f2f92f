// An admin sets a tournament up in the browser: creates it, captains register their teams, the
// admin generates the round robin (each roster is told of its matches) and publishes the bracket,
// asked first; the public page shows the rounds.
import { expect, test } from "@playwright/test";
import { notificationTitlesOf } from "./support/database";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const CAPTAINS = [
  ["alex@deltacrown.test", "Crimson Vanguard"],
  ["lena@deltacrown.test", "Azure Phantoms"],
  ["kenji@deltacrown.test", "Golden Tide"],
] as const;

test("an admin creates a tournament, teams register, the admin generates the round robin and publishes the bracket", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // four players sign in, as four people would
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "New tournament" });
  await form.getByLabel("Name").fill("Winter Clash");
  await form.getByLabel("Game").fill("Valorant");
  await form.getByLabel("Starts at").fill("2030-01-15T18:00");
  await form.getByLabel("Teams (most)").fill("8");
  await expect(form.getByLabel("1st place")).toHaveValue("1000"); // the specification's prize table
  await form.getByRole("button", { name: "Create tournament" }).click();
  await expect(form.getByRole("status")).toContainText("Created Winter Clash");

  for (const [email, team] of CAPTAINS) {
    const captain = await (await browser.newContext()).newPage();
    await signInAs(captain, email);
    await captain.goto("/tournaments/winter-clash");
    await captain.getByRole("button", { name: `Register ${team}` }).click();
    await expect(
      captain.getByRole("region", { name: "Registered teams" }).getByRole("link", { name: team }),
    ).toBeVisible();
    await captain.context().close();
  }

  const since = await databaseNow();
  await page.reload();
  const card = page.getByRole("article", { name: "Winter Clash" });
  await expect(card).toContainText("3 teams");
  await card.getByText("Schedule matches").click();
  await card.getByLabel("First round at").fill("2030-01-15T18:00");
  await card.getByLabel("Hours between rounds").fill("48");
  await card.getByRole("button", { name: "Generate round robin" }).click();
  await expect(card.getByText("Scheduled 3 matches in 3 rounds.")).toBeVisible();

  await card.getByRole("button", { name: "Publish bracket" }).click();
  await card.getByRole("button", { name: "Publish now" }).click();
  await expect(card.getByText(/^Published/)).toBeVisible();

  await runEventsSince(since);
  const scheduled = (await notificationTitlesOf("lena@deltacrown.test")).filter(
    (title) => title.includes(" vs ") && title.includes("Azure Phantoms") && /\{\{t:[^}]+\}\}$/.test(title),
  );
  expect(scheduled).toHaveLength(2); // Azure plays Crimson and Golden

  await page.goto("/tournaments/winter-clash");
  for (const round of [1, 2, 3]) await expect(page.getByRole("heading", { name: `Round ${round}` })).toBeVisible();
});
