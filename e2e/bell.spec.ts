import { expect, test } from "@playwright/test";
import { createNotificationFor } from "./support/app";
import { signInAs } from "./support/session";

test("the bell's count rises when a notification arrives and falls after mark all read", async ({ page }) => {
  await signInAs(page, "priya@deltacrown.test");
  const bell = page.getByTestId("bell-count");
  const countNow = async () =>
    (await bell.count()) === 0 || !(await bell.isVisible()) ? 0 : Number(await bell.innerText());
  const before = await countNow();

  await createNotificationFor("priya@deltacrown.test", "Crimson Vanguard 13–2 Golden Tide");
  // No reload: the notification stream pushes it.
  await expect.poll(countNow, { timeout: 5_000 }).toBe(before + 1);

  await page
    .getByRole("button", { name: /Notifications/ })
    .first()
    .click();
  await expect(page.getByText("Crimson Vanguard 13–2 Golden Tide")).toBeVisible();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect.poll(countNow, { timeout: 10_000 }).toBe(0);
});
