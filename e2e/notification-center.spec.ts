// The center's list: mark read and unread, archive with Undo, mark all read — each shows at once,
// moves the one unread count (list line, Unread tab and bell alike), and holds after a reload.
import { expect, test } from "@playwright/test";
import { createNotificationFor } from "./support/app";
import { signInAs } from "./support/session";

test("marks read and unread, archives with undo, and marks all read, each kept after a reload", async ({ page }) => {
  const title = `Center check ${Date.now()}`;
  await createNotificationFor("mateo@deltacrown.test", title);
  await signInAs(page, "mateo@deltacrown.test");
  await page.goto("/notifications");
  const heading = page.locator("#notification-list-heading");
  const unread = async () => {
    const text = await heading.innerText();
    return text.includes("all read") ? 0 : Number(/(\d+) unread/.exec(text)?.[1] ?? Number.NaN);
  };
  const before = await unread();
  expect(before).toBeGreaterThan(0);

  // One count everywhere: the bell, the Unread tab and the list's line move together.
  const badge = async (testId: string) => {
    const element = page.getByTestId(testId);
    return (await element.count()) === 0 ? 0 : Number(await element.innerText());
  };
  const everywhere = async () => [await unread(), await badge("bell-count"), await badge("unread-tab-count")];
  await expect.poll(everywhere).toEqual([before, before, before]);

  await page.getByRole("button", { name: `Mark read: ${title}` }).click();
  await expect(page.getByRole("button", { name: `Mark unread: ${title}` })).toBeVisible();
  await expect.poll(everywhere).toEqual([before - 1, before - 1, before - 1]);
  await page.getByRole("button", { name: `Mark unread: ${title}` }).click();
  await expect.poll(unread).toBe(before);

  await page.getByRole("button", { name: `Archive: ${title}` }).click();
  await expect(page.getByRole("button", { name: `Archive: ${title}` })).toHaveCount(0);
  await expect.poll(unread).toBe(before - 1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: `Archive: ${title}` })).toBeVisible();
  await expect.poll(unread).toBe(before);

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(heading).toContainText("all read");
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await expect(page.getByTestId("unread-tab-count")).toHaveCount(0);
  await page.reload();
  await expect(heading).toContainText("all read");
  await expect(page.getByRole("button", { name: `Mark unread: ${title}` })).toBeVisible();
});
