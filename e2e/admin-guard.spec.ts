// Admin-only means admin-only on the server: the page and the payout action itself.
import { expect, test } from "@playwright/test";
import { countOutboxEvents } from "./support/database";
import { signInAs } from "./support/session";

test("a player cannot open the admin dashboard nor invoke the payout action", async ({ page, browser }) => {
  // Record the real request the dashboard's "Confirm payout" sends (a server action POST)…
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin@deltacrown.test");
  await admin.goto("/admin");
  const card = admin.getByRole("article", { name: "Crown Cup — Season 1" });
  await card.getByRole("button", { name: "Distribute payouts" }).click();
  const actionRequest = admin.waitForRequest(
    (request) => request.method() === "POST" && Boolean(request.headers()["next-action"]),
  );
  await card.getByRole("button", { name: "Confirm payout" }).click();
  const recorded = await actionRequest;

  // …then a player tries the page and replays that exact request with their own session.
  await signInAs(page, "jamie@deltacrown.test");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Admins only")).toBeVisible();

  const before = await countOutboxEvents("payouts/distribute.requested");
  const replay = await page.request.post(recorded.url(), {
    headers: {
      "next-action": recorded.headers()["next-action"] ?? "",
      "content-type": recorded.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: recorded.postData() ?? "",
  });
  expect(await replay.text()).toContain("Only admins can do this.");
  expect(await countOutboxEvents("payouts/distribute.requested")).toBe(before);
});
