// Nothing permanent happens on one click: declining an invite asks first (Cancel keeps it); the
// invite's notification then says "Declined" instead of still asking.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/session";

test("declining an invite asks first; Cancel keeps the invite, confirming declines it", async ({ page }) => {
  await signInAs(page, "zoe@deltacrown.test");
  await page.goto("/invites");
  const invite = page.getByRole("listitem").filter({ hasText: "Obsidian Owls" });
  await invite.getByRole("button", { name: "Decline" }).click();
  await expect(invite.getByText("Decline the invite to Obsidian Owls?")).toBeVisible();
  await invite.getByRole("button", { name: "Cancel" }).click();
  await expect(invite.getByRole("button", { name: "Decline" })).toBeFocused();

  await invite.getByRole("button", { name: "Decline" }).click();
  await invite.getByRole("button", { name: "Decline invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You declined the invite to Obsidian Owls." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Obsidian Owls" }).getByRole("button")).toHaveCount(0);

  // The invite's notification follows: "Declined", and no link to act on any more.
  await page.goto("/notifications");
  const notice = page.getByTestId("notification-item").filter({ hasText: "Obsidian Owls invited you to join" });
  await expect(notice.getByTestId("notification-outcome")).toHaveText("Declined");
  await expect(notice.getByRole("link", { name: "Obsidian Owls invited you to join" })).toHaveCount(0);
});

test("an invite that expired shows its notice as Expired, with nothing left to act on", async ({ page }) => {
  await signInAs(page, "zoe@deltacrown.test");
  await page.goto("/notifications");
  const notice = page.getByTestId("notification-item").filter({ hasText: "Golden Tide invited you to join" });
  await expect(notice.getByTestId("notification-outcome")).toHaveText("Expired");
  await expect(notice.getByRole("link", { name: "Golden Tide invited you to join" })).toHaveCount(0);
});
