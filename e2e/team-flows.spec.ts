// A player's team life in the browser: the free agent creates a team, invites a player and withdraws
// the invite, registers for the open tournament and withdraws; a captain hands over the captaincy and
// leaves. Inngest's part is played by the real functions (run-events.ts); the people concerned are told.
import { expect, test } from "@playwright/test";
import { notificationTitlesOf } from "./support/database";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

test("a free agent creates a team, withdraws an invite, and registers for a tournament then withdraws", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "zoe@deltacrown.test");
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("Zephyr Foxes");
  await page.getByRole("button", { name: "Create team" }).click();

  await expect(page).toHaveURL(/\/teams\/zephyr-foxes$/);
  await expect(page.getByRole("heading", { name: "Zephyr Foxes", level: 1 })).toBeVisible();
  const roster = page.getByRole("region", { name: "Roster" });
  await expect(roster.getByRole("listitem").filter({ hasText: "Zoe Martin" })).toContainText(/captain/i);

  // Invite a player, then think better of it.
  const since = await databaseNow();
  await page.getByLabel("Email or username").fill("lucas@deltacrown.test");
  await page.getByRole("button", { name: "Send invite" }).click();
  await page.getByRole("button", { name: "Withdraw the invite to Lucas Moreau" }).click();
  await page.getByRole("button", { name: "Withdraw invite" }).click();
  await expect(page.getByText("No invites waiting for an answer.")).toBeVisible();
  await runEventsSince(since);
  expect(await notificationTitlesOf("lucas@deltacrown.test")).toContain(
    "Zephyr Foxes withdrew its invite to Lucas Moreau",
  );

  // Register for the tournament open for registration; the team is told (in-app; its email waits for the daily digest).
  await page.goto("/tournaments/rocket-rumble-open");
  const registered = page.getByRole("region", { name: "Registered teams" });
  const registering = await databaseNow();
  await page.getByRole("button", { name: "Register Zephyr Foxes" }).click();
  await expect(registered.getByRole("link", { name: "Zephyr Foxes" })).toBeVisible();
  await runEventsSince(registering);
  expect(await notificationTitlesOf("zoe@deltacrown.test")).toContain(
    "Zephyr Foxes is registered for Rocket Rumble Open",
  );

  // …and withdraw, asked first.
  await page.getByRole("button", { name: "Withdraw Zephyr Foxes" }).click();
  await page.getByRole("button", { name: "Withdraw registration" }).click();
  await expect(registered.getByRole("link", { name: "Zephyr Foxes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Register Zephyr Foxes" })).toBeVisible();

  await page.goto("/teams");
  await expect(page.getByText("You play for Zephyr Foxes [ZF] as its captain.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to Zephyr Foxes" })).toBeVisible();
  await expect(page.getByLabel("Team name")).toHaveCount(0);
});

test("a captain hands the captaincy over and then leaves; the rest of the team is told of both", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "kenji@deltacrown.test");
  await page.goto("/teams/golden-tide");
  const roster = page.getByRole("region", { name: "Roster" });
  const row = (name: string) => roster.getByRole("listitem").filter({ hasText: name });
  await expect(row("Kenji Watanabe")).toContainText("hand the captaincy to another member first");
  await expect(page.getByRole("button", { name: "Leave team Golden Tide" })).toHaveCount(0);

  const since = await databaseNow();
  await page.getByRole("button", { name: "Make captain Mina Park" }).click();
  await page.getByRole("button", { name: "Hand over captaincy" }).click();
  await expect(row("Mina Park")).toContainText(/captain/i);
  await expect(page.getByRole("region", { name: "Invite players" })).toHaveCount(0);

  await page.getByRole("button", { name: "Leave team Golden Tide" }).click();
  await page.getByRole("button", { name: "Leave team" }).click();
  await expect(row("Kenji Watanabe")).toHaveCount(0);

  await runEventsSince(since);
  for (const email of ["mina@deltacrown.test", "noah@deltacrown.test"]) {
    expect(await notificationTitlesOf(email)).toEqual(
      expect.arrayContaining(["Mina Park is now the captain of Golden Tide", "Kenji Watanabe left Golden Tide"]),
    );
  }
  await page.goto("/teams");
  await expect(page.getByRole("button", { name: "Create team" })).toBeVisible();
});
