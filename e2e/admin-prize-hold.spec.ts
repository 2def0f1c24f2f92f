// The prize hold: the demo's Winter Qualifier completed an hour ago, so its prizes wait ("Paying in
// 23 h"). An admin freezes the payout over a dispute with a reason; a placed team's captain is told
// it is on hold; the admin lifts the freeze and the captain is told again.
import { expect, test } from "@playwright/test";
import { databaseNow, runEventsSince } from "./support/run-events";
import { signInAs } from "./support/session";

const TOURNAMENT = "Crown Cup — Winter Qualifier";
const REASON = "Round 2 result disputed by Obsidian Owls";

test("an admin freezes a held payout with a reason and unfreezes it; a placed captain is told both times", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin@deltacrown.test");
  await page.goto("/admin");
  const card = page.getByRole("article", { name: TOURNAMENT });
  await expect(card.getByTestId("payout-hold")).toHaveText(/^Paying in 2[34] h$/);

  const frozenSince = await databaseNow();
  await card.getByLabel("Reason to freeze the payout").fill(REASON);
  await card.getByRole("button", { name: "Freeze payout" }).click();
  await card.getByRole("button", { name: "Confirm freeze" }).click();
  await expect(card.getByText("Payout frozen; 3 captains told.")).toBeVisible();
  await expect(card.getByTestId("payout-hold")).toHaveText(`Frozen: ${REASON}`);
  expect(await runEventsSince(frozenSince)).toContain("notification/requested");

  // Alex captains Crimson Vanguard, 2nd in the qualifier.
  const captain = await (await browser.newContext()).newPage();
  await signInAs(captain, "alex@deltacrown.test");
  await captain.goto("/notifications");
  await expect(
    captain.getByTestId("notification-item").filter({ hasText: `Prize payout on hold: ${REASON}` }),
  ).toBeVisible();

  const releasedSince = await databaseNow();
  await page.reload();
  await card.getByRole("button", { name: `Unfreeze payout ${TOURNAMENT}` }).click();
  // Releasing asks first, like freezing: Cancel keeps the hold.
  await card.getByRole("button", { name: "Cancel" }).click();
  await expect(card.getByRole("button", { name: `Unfreeze payout ${TOURNAMENT}` })).toBeFocused();
  await expect(card.getByTestId("payout-hold")).toHaveText(`Frozen: ${REASON}`);
  await card.getByRole("button", { name: `Unfreeze payout ${TOURNAMENT}` }).click();
  await card.getByRole("button", { name: "Confirm release" }).click();
  await expect(card.getByText("Payout released; the captains were told.")).toBeVisible();
  await expect(card.getByTestId("payout-hold")).toHaveText(/^Paying in 2[34] h$/);
  await runEventsSince(releasedSince);
  await captain.reload();
  await expect(
    captain.getByTestId("notification-item").filter({ hasText: `Prize payout released: ${TOURNAMENT}` }),
  ).toBeVisible();
});
