import { expect, test } from "@playwright/test";
import { signInAs } from "./support/session";

test("a player sets quiet hours, sends one type even during them, and finds both kept after a reload", async ({
  page,
}) => {
  await signInAs(page, "lucas@deltacrown.test");
  await page.goto("/settings/notifications");
  await expect(page.locator("#notification-settings")).toHaveAttribute("aria-busy", "false");
  const saved = /\bSaved\b/;
  const evenDuring = page.getByRole("group", { name: "Even during quiet hours" });
  // match_starting goes out even during quiet hours by default; match results wait.
  await expect(evenDuring.getByRole("checkbox", { name: "Match check-in reminders" })).toBeChecked();
  await expect(evenDuring.getByRole("checkbox", { name: "Match results" })).not.toBeChecked();

  // Every field saves on its own: no Save button, a Saved tick beside each.
  const pause = page.getByLabel("Pause email and Discord mentions during quiet hours");
  await pause.check();
  await expect(pause).toHaveAccessibleDescription(saved);
  await page.getByLabel("From").fill("22:15");
  await expect(page.getByLabel("From")).toHaveAccessibleDescription(saved);
  await page.getByLabel("Until").fill("07:45");
  await expect(page.getByLabel("Until")).toHaveAccessibleDescription(saved);
  await evenDuring.getByRole("checkbox", { name: "Match results" }).check();
  await expect(evenDuring.getByRole("checkbox", { name: "Match results" })).toHaveAccessibleDescription(saved);
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);

  // A window that ends when it starts is refused: the field goes back and says why.
  await page.getByLabel("From").fill("07:45");
  await expect(
    page.getByRole("alert").filter({ hasText: "Quiet hours must start and end at different times." }),
  ).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("22:15");

  await page.reload();
  await expect(page.getByLabel("Pause email and Discord mentions during quiet hours")).toBeChecked();
  await expect(page.getByLabel("From")).toHaveValue("22:15");
  await expect(page.getByLabel("Until")).toHaveValue("07:45");
  await expect(
    page.getByRole("group", { name: "Even during quiet hours" }).getByRole("checkbox", { name: "Match results" }),
  ).toBeChecked();
});

test("a player mutes a tournament from a notification's menu, finds it on the settings page, and unmutes it", async ({
  page,
}) => {
  // The seed gives Ravi a notification about Nightfall Masters (prisma/seed-quiet-mutes.ts).
  await signInAs(page, "ravi@deltacrown.test");
  await page.goto("/notifications");
  const row = page.getByTestId("notification-item").filter({ hasText: "Golden Tide 13–9 Azure Phantoms" });
  await expect(row.getByText("Email held for your quiet hours")).toBeVisible();
  // Mute sits behind the row's "⋯" menu.
  await row.getByRole("button", { name: "More actions: Golden Tide 13–9 Azure Phantoms" }).click();
  await row.getByRole("button", { name: "Mute Nightfall Masters" }).click();
  await row.getByRole("menuitem", { name: "For a week" }).click();
  await expect(row.getByRole("button", { name: "Unmute Nightfall Masters" })).toBeVisible();
  // The server knows it too: after a reload the row still offers Unmute.
  await page.reload();
  await row.getByRole("button", { name: "More actions: Golden Tide 13–9 Azure Phantoms" }).click();
  await expect(row.getByRole("button", { name: "Unmute Nightfall Masters" })).toBeVisible();

  await page.goto("/settings/notifications");
  const mutes = page.getByRole("list", { name: "Active mutes" });
  await expect(mutes.getByRole("link", { name: "Nightfall Masters" })).toBeVisible();
  await mutes.getByRole("button", { name: "Unmute Nightfall Masters" }).click();
  // Unmuted: the button turns back to "Mute", or — once the page data refreshes — the list is empty.
  await expect(
    mutes.getByRole("button", { name: "Mute Nightfall Masters" }).or(page.getByText("Nothing muted.")).first(),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText("Nothing muted.")).toBeVisible();
});

test("a player mutes a tournament from the bell, and the bell's row then offers Unmute", async ({ page }) => {
  await signInAs(page, "ravi@deltacrown.test");
  await page.goto("/");
  await page.getByRole("button", { name: /^Notifications,/ }).click();
  const bell = page.getByRole("dialog", { name: /^Notifications/ });
  const row = bell.getByRole("listitem").filter({ hasText: "Golden Tide 13–9 Azure Phantoms" });
  await row.getByRole("button", { name: "Mute Nightfall Masters" }).click();
  await row.getByRole("menuitem", { name: "For 8 hours" }).click();
  await row.getByRole("button", { name: "Unmute Nightfall Masters" }).click();
  await expect(row.getByRole("button", { name: "Mute Nightfall Masters" })).toBeVisible();
});
