// Destructive actions by captains and admins ask first, naming what they act on, the same way
// everywhere (components/ui/confirm-step.tsx): Cancel or Escape changes nothing and puts focus back.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/session";

test("removing a player asks first, naming them; Cancel and Escape keep them on the roster", async ({ page }) => {
  await signInAs(page, "alex@deltacrown.test");
  await page.goto("/teams/crimson-vanguard");
  const roster = page.getByRole("region", { name: "Roster" });
  const jamie = roster.getByRole("listitem").filter({ hasText: "Jamie Okafor" });
  const remove = jamie.getByRole("button", { name: "Remove Jamie Okafor from the team" });

  await remove.click();
  const question = jamie.getByRole("group", { name: "Remove Jamie Okafor from the team?" });
  await expect(question).toContainText("They are told, and can come back only with a new invite.");
  await expect(question.getByRole("button", { name: "Yes, remove" })).toBeFocused();
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(remove).toBeFocused();

  await remove.click();
  await page.keyboard.press("Escape");
  await expect(remove).toBeFocused();

  await page.reload();
  await expect(roster.getByRole("listitem").filter({ hasText: "Jamie Okafor" })).toBeVisible();
});
