// The bell and the center update live over the notification stream (Server-Sent Events): a new
// notification reaches the bell within 2 s without a reload, and the center offers it at the top; reading in another tab clears this tab's badge;
// after the connection drops, the notification that arrived meanwhile shows once it reconnects.
import { expect, type Page, test } from "@playwright/test";
import { createNotificationFor } from "./support/app";
import { signInAs } from "./support/session";

const unreadOn = (page: Page) => async () => {
  const bell = page.getByTestId("bell-count");
  return (await bell.count()) === 0 || !(await bell.isVisible()) ? 0 : Number(await bell.innerText());
};

async function openCenterStreaming(page: Page) {
  const streaming = page.waitForResponse((response) => response.url().includes("/api/notifications/stream"));
  await page.goto("/notifications");
  await streaming;
}

test("a new notification reaches the bell within 2 s and waits atop the center as '1 new notification — show'; reading it in another tab clears the badge", async ({
  page,
}) => {
  const earlier = `Earlier: Mina's list is not empty (${Date.now()})`;
  await createNotificationFor("mina@deltacrown.test", earlier);
  await signInAs(page, "mina@deltacrown.test");
  await openCenterStreaming(page);
  const before = await unreadOn(page)();
  const main = page.getByRole("main");

  const title = `Live: Golden Tide 13–9 Azure Phantoms (${Date.now()})`;
  await createNotificationFor("mina@deltacrown.test", title);
  await expect.poll(unreadOn(page), { timeout: 2_000 }).toBe(before + 1);
  // The list does not move under the reader: the new one waits behind "show".
  const show = main.getByRole("button", { name: "1 new notification — show" });
  await expect(show).toBeVisible({ timeout: 2_000 });
  await expect(main.locator("[data-row-id]").first()).toContainText(earlier);
  await expect(main.getByText(title)).toHaveCount(0);
  // The count is one number everywhere: the bell, the Unread tab and the list's line.
  await expect(main.getByTestId("unread-tab-count")).toHaveText(String(before + 1));
  await expect(main.getByRole("heading", { name: `All notifications · ${before + 1} unread` })).toBeVisible();
  await show.click();
  await expect(main.locator("[data-row-id]").first()).toContainText(title);
  await expect(show).toBeHidden();

  const otherTab = await page.context().newPage();
  await openCenterStreaming(otherTab);
  await otherTab.getByRole("button", { name: "Mark all read" }).first().click();
  await expect(otherTab.getByText("all read").first()).toBeVisible();
  // Back to the first tab, not reloaded (Chromium defers rendering in a hidden tab, not the stream).
  await page.bringToFront();
  await expect.poll(unreadOn(page), { timeout: 2_000 }).toBe(0);
});

test("a notification that arrives while the connection is down shows once the stream reconnects", async ({
  page,
  context,
}) => {
  await createNotificationFor("noah@deltacrown.test", `Earlier: Noah's list is not empty (${Date.now()})`);
  await signInAs(page, "noah@deltacrown.test");
  await openCenterStreaming(page);
  const before = await unreadOn(page)();

  await context.setOffline(true);
  const title = `Live: sent while you were offline (${Date.now()})`;
  await createNotificationFor("noah@deltacrown.test", title);
  await page.waitForTimeout(1_000);
  await context.setOffline(false);
  await expect.poll(unreadOn(page), { timeout: 8_000 }).toBe(before + 1);
  await page.getByRole("main").getByRole("button", { name: "1 new notification — show" }).click();
  await expect(page.getByRole("main").getByText(title)).toBeVisible();
});
