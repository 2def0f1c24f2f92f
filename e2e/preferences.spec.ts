import { expect, test } from "@playwright/test";
import { signInAs } from "./support/session";

test("a player changes notification preferences and finds them kept after a reload", async ({ page }) => {
  await signInAs(page, "jamie@deltacrown.test");
  await page.goto("/settings/notifications");

  const resultsByEmail = page.getByRole("checkbox", { name: "Email for Match results" });
  const rosterByEmail = page.getByRole("checkbox", { name: "Email for Roster changes" });
  await expect(resultsByEmail).toBeChecked(); // the default
  await expect(rosterByEmail).not.toBeChecked();

  await resultsByEmail.uncheck();
  await rosterByEmail.check();
  await page.getByLabel("Digest time").selectOption("18:30");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Email for Match results" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Email for Roster changes" })).toBeChecked();
  await expect(page.getByLabel("Digest time")).toHaveValue("18:30");
});
