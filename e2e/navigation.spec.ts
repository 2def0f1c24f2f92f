// Getting around: Tournaments, My team and Invites (with how many wait) in the header on a desktop
// and in the phone menu, and a home page that says what is the player's own — their next match and
// the invites waiting for them.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/session";

test("the header leads to tournaments, the team and the invites, with the pending count", async ({ page }) => {
  await signInAs(page, "zoe@deltacrown.test");
  const main = page.getByRole("navigation", { name: "Main" }).first();
  await expect(main.getByRole("link", { name: "Tournaments" })).toBeVisible();
  await expect(main.getByRole("link", { name: "My team" })).toBeVisible();
  const invites = main.getByRole("link", { name: /^Invites \d+ pending$/ });
  await expect(invites).toBeVisible();

  // The home page lists the same invites, each with who sent it, and leads to answering them.
  const waiting = page.getByRole("region", { name: /Invites waiting for you/ });
  await expect(waiting.getByRole("listitem").filter({ hasText: "Obsidian Owls" })).toContainText("from Olivia");
  await expect(page.getByRole("region", { name: "Your next match" })).toContainText("No team, no matches yet.");
  await invites.click();
  await expect(page).toHaveURL(/\/invites$/);
  await expect(invites).toHaveAttribute("aria-current", "page");
});

test("a player's home page shows their team's next match", async ({ page }) => {
  await signInAs(page, "jamie@deltacrown.test");
  const next = page.getByTestId("next-match");
  await expect(next).toContainText(/Crimson Vanguard vs .+/);
  await expect(next).toContainText(/Round \d+ of Nightfall Masters/);
  await expect(page.getByRole("region", { name: /Invites waiting for you/ })).toContainText("No invites waiting.");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu holds the same links, the invite count included", async ({ page }) => {
    await signInAs(page, "zoe@deltacrown.test");
    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.locator("#site-menu");
    for (const name of ["Tournaments", "Leaderboard", "My team", "Notifications", "Settings"])
      await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(menu.getByRole("link", { name: /^Invites \d+ pending$/ })).toBeVisible();
  });
});

test("the admin dashboard is split into sections that each fit a screen", async ({ page }) => {
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin");
  const tabs = page.getByRole("navigation", { name: "Dashboard sections" });
  const sections: [RegExp, RegExp, string][] = [
    [/^Tournaments$/, /\/admin$/, "Tournaments"],
    [/^Jobs & runs/, /\/admin\/jobs$/, "Scheduled jobs"],
    [/^Delivery$/, /\/admin\/delivery$/, "Deliveries"],
    [/^Announcements$/, /\/admin\/announcements$/, "Announcements"],
    [/^Sponsors & promotions/, /\/admin\/sponsors$/, "Promotions"],
  ];
  for (const [tab, url, heading] of sections) {
    await tabs.getByRole("link", { name: tab }).click();
    await expect(page).toHaveURL(url);
    await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible();
    // Each section is a screen or two, not one 4,500 px scroll (Tournaments is a list that grows
    // with the tournaments on the platform, so its length is the data's).
    if (heading !== "Tournaments")
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2_500);
  }
});

test("an unknown address gets the site's own 404 page, with ways on", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page is not on the bracket", level: 1 })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "DeltaCrown" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Leaderboard" }).click();
  await expect(page).toHaveURL(/\/leaderboard$/);
});
