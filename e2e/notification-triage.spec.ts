// Fast triage in the notification center, as a player does it: icon actions on each row, selecting
// several (Shift+click for a range) for one bulk action with Undo, repeated notices folded into one
// row, keyboard shortcuts with their "?" help, the type filter applying on change, Undo of "Mark all
// read", and the row's "⋯" menu on a phone. Sofia is the player (no other spec reads her inbox).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import "./support/run-events";
import { E2E_DATABASE_URL } from "./support/config";
import { signInAs } from "./support/session";

const SOFIA = "sofia@deltacrown.test";

type TNotice = { title: string; type?: "system" | "match_result" | "payout_received"; aboutNightfall?: boolean };

/** Notices for Sofia through the notify pipeline's in-app step, oldest first (so the last is on top). */
async function notifySofia(...notices: TNotice[]): Promise<void> {
  const [{ createDb }, { createNotifications }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/notifications/notify/create-notifications"),
  ]);
  const db = createDb(E2E_DATABASE_URL);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: SOFIA }, select: { id: true } });
    const nightfall = await db.tournament.findUniqueOrThrow({
      where: { slug: "nightfall-masters" },
      select: { id: true },
    });
    for (const [index, notice] of notices.entries()) {
      await createNotifications(
        {
          type: notice.type ?? "system",
          recipientIds: [user.id],
          title: notice.title,
          body: "Sent by the triage spec.",
          url: "/notifications",
          dedupKey: `e2e-triage:${notice.title}`,
          teamId: null,
          tournamentId: notice.aboutNightfall ? nightfall.id : null,
          data: null,
        },
        // A few milliseconds apart, in the past, so the newest-first order is the order given.
        new Date(Date.now() - (notices.length - index) * 10),
      );
    }
  } finally {
    await db.$disconnect();
  }
}

const unique = (name: string) => `${name} ${Date.now().toString(36)}`;
/** Unique titles, one per name given (typed as a tuple of the same length). */
const uniques = <T extends string[]>(...names: T) => names.map(unique) as { [K in keyof T]: string };
const rowOf = (page: Page, title: string) => page.getByTestId("notification-item").filter({ hasText: title });

async function openCenter(page: Page, path = "/notifications") {
  await signInAs(page, SOFIA);
  await page.goto(path);
  await expect(page.locator("#notification-list-heading")).toBeVisible();
}

test.describe("fast triage on a desktop", () => {
  test("row actions are icon buttons named for their notification, with tooltips, shown on hover", async ({ page }) => {
    const title = unique("Icon actions");
    await notifySofia({ title });
    await openCenter(page);
    const row = rowOf(page, title);
    const markRead = row.getByRole("button", { name: `Mark read: ${title}` });
    // Out of the way until the row is pointed at (still in the tab order)…
    await page.mouse.move(0, 0);
    await expect(markRead.locator("xpath=../..")).toHaveCSS("opacity", "0");
    // …and there with its tooltip when it is.
    await row.hover();
    await expect(markRead.locator("xpath=../..")).toHaveCSS("opacity", "1");
    await markRead.hover();
    await expect(row.getByText("Mark read")).toBeVisible();
    // No bordered text buttons any more: the actions are icons.
    await expect(markRead).toHaveText("");

    await markRead.click();
    await expect(row).toHaveAttribute("data-unread", "false");
    await row.getByRole("button", { name: `Mark unread: ${title}` }).click();
    await expect(row).toHaveAttribute("data-unread", "true");

    await row.getByRole("button", { name: `Archive: ${title}` }).click();
    await expect(rowOf(page, title)).toHaveCount(0);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(rowOf(page, title)).toHaveCount(1);
  });

  test("click one, Shift+click another: the range is selected, and Mark read marks them all", async ({ page }) => {
    const [older, middle, newer, outside] = uniques("Range C", "Range B", "Range A", "Range D");
    await notifySofia({ title: outside }, { title: older }, { title: middle }, { title: newer });
    await openCenter(page);

    await page.getByRole("checkbox", { name: `Select: ${newer}` }).click();
    await page.getByRole("checkbox", { name: `Select: ${older}` }).click({ modifiers: ["Shift"] });
    const bar = page.getByRole("group", { name: "Bulk actions" });
    await expect(bar).toContainText("3 selected");
    await expect(page.getByRole("checkbox", { name: `Select: ${middle}` })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `Select: ${outside}` })).not.toBeChecked();

    await bar.getByRole("button", { name: "Mark read" }).click();
    for (const title of [newer, middle, older])
      await expect(rowOf(page, title)).toHaveAttribute("data-unread", "false");
    await expect(rowOf(page, outside)).toHaveAttribute("data-unread", "true");
    await expect(bar).toHaveCount(0);
    await page.reload();
    for (const title of [newer, middle, older])
      await expect(rowOf(page, title)).toHaveAttribute("data-unread", "false");
  });

  test("a bulk archive takes every selected notification, and Undo brings them all back", async ({ page }) => {
    const [first, second] = uniques("Bulk one", "Bulk two");
    await notifySofia({ title: first }, { title: second });
    await openCenter(page);
    await page.getByRole("checkbox", { name: `Select: ${first}` }).check();
    await page.getByRole("checkbox", { name: `Select: ${second}` }).check();
    await page.getByRole("group", { name: "Bulk actions" }).getByRole("button", { name: "Archive" }).click();
    await expect(rowOf(page, first)).toHaveCount(0);
    await expect(rowOf(page, second)).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Archived 2 notifications.");

    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(rowOf(page, first)).toHaveCount(1);
    await expect(rowOf(page, second)).toHaveCount(1);
    await page.reload();
    await expect(rowOf(page, first)).toHaveCount(1);

    // "Select all shown" takes every row on screen; Clear lets go of them all.
    await page.getByRole("checkbox", { name: "Select all shown" }).check();
    const bar = page.getByRole("group", { name: "Bulk actions" });
    await expect(bar).toContainText(/\d+ selected/);
    await expect(page.getByRole("checkbox", { name: `Select: ${first}` })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `Select: ${second}` })).toBeChecked();
    await bar.getByRole("button", { name: "Clear" }).click();
    await expect(bar).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: `Select: ${first}` })).not.toBeChecked();
  });

  test("repeated match results about one tournament show as one row that opens to each", async ({ page }) => {
    const titles = uniques("Result one", "Result two", "Result three");
    await notifySofia(...titles.map((title) => ({ title, type: "match_result" as const, aboutNightfall: true })));
    await openCenter(page);
    const group = page.getByTestId("notification-group").filter({ hasText: "3 match results from Nightfall Masters" });
    await expect(group).toHaveCount(1);
    await expect(group).toContainText(`Latest: ${titles[2]}`);
    await expect(rowOf(page, titles[0])).toBeHidden();

    const toggle = group.getByRole("button", { name: "3 match results from Nightfall Masters", exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    for (const title of titles)
      await expect(group.getByTestId("notification-item").filter({ hasText: title })).toBeVisible();

    // The group's own action acts on all three.
    await group.getByRole("button", { name: "Mark read: 3 match results from Nightfall Masters" }).click();
    for (const title of titles) await expect(rowOf(page, title)).toHaveAttribute("data-unread", "false");
  });

  test("keyboard: ? shows the shortcuts; j / k move, u toggles read, e archives, x selects, Shift+I marks all read", async ({
    page,
  }) => {
    const [lower, upper] = uniques("Keys lower", "Keys upper");
    await notifySofia({ title: lower }, { title: upper });
    await openCenter(page);

    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    // The page is drawn before its script listens for keys: under load, press again until it does.
    await expect(async () => {
      await page.keyboard.press("?");
      await expect(help).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(help).toContainText("Move to the next notification");
    await expect(help).toContainText("Mark all read");
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(help).toBeVisible();
    await help.getByRole("button", { name: "Close" }).click();
    await expect(help).toBeHidden();

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("j");
    await expect(rowOf(page, upper)).toBeFocused();
    await page.keyboard.press("j");
    await expect(rowOf(page, lower)).toBeFocused();
    await page.keyboard.press("k");
    await expect(rowOf(page, upper)).toBeFocused();

    await page.keyboard.press("u");
    await expect(rowOf(page, upper)).toHaveAttribute("data-unread", "false");
    await page.keyboard.press("u");
    await expect(rowOf(page, upper)).toHaveAttribute("data-unread", "true");

    // Archive: the row goes, and focus moves on to the next one.
    await page.keyboard.press("e");
    await expect(rowOf(page, upper)).toHaveCount(0);
    await expect(rowOf(page, lower)).toBeFocused();

    await page.keyboard.press("x");
    await expect(page.getByRole("checkbox", { name: `Select: ${lower}` })).toBeChecked();
    await expect(page.getByRole("group", { name: "Bulk actions" })).toContainText("1 selected");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("group", { name: "Bulk actions" })).toHaveCount(0);

    // Not while typing: a key in the type filter stays there.
    await page.getByLabel("Type", { exact: true }).focus();
    await page.keyboard.press("e");
    await expect(rowOf(page, lower)).toHaveCount(1);

    await rowOf(page, lower).focus();
    await page.keyboard.press("Shift+I");
    await expect(page.locator("#notification-list-heading")).toContainText("all read");
    await expect(rowOf(page, lower)).toHaveAttribute("data-unread", "false");
  });

  test("the type filter applies as soon as a type is chosen", async ({ page }) => {
    await openCenter(page);
    await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Match results" });
    await expect(page).toHaveURL(/\/notifications\?type=match_result$/);
    await expect(page.locator("#notification-list-heading")).toContainText("All notifications: Match results");
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "All types" });
    await expect(page).toHaveURL(/\/notifications$/);
  });

  test("Mark all read says how many, and its Undo makes exactly those unread again", async ({ page }) => {
    const [first, second] = uniques("All read one", "All read two");
    await openCenter(page);
    // Everything read first, so the count below is exactly these two.
    if (await page.getByRole("button", { name: "Mark all read" }).isEnabled()) {
      await page.getByRole("button", { name: "Mark all read" }).click();
      await expect(page.locator("#notification-list-heading")).toContainText("all read");
    }
    const alreadyRead = page.getByTestId("notification-item").first();
    const alreadyReadTitle = await alreadyRead.locator("h3").innerText();
    await notifySofia({ title: first }, { title: second });
    await page.reload();

    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect(page.getByRole("status")).toHaveText("Marked 2 read.");
    await expect(rowOf(page, first)).toHaveAttribute("data-unread", "false");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(rowOf(page, first)).toHaveAttribute("data-unread", "true");
    await expect(rowOf(page, second)).toHaveAttribute("data-unread", "true");
    await page.reload();
    await expect(rowOf(page, first)).toHaveAttribute("data-unread", "true");
    await expect(rowOf(page, second)).toHaveAttribute("data-unread", "true");
    // One that was read before stays read.
    await expect(rowOf(page, alreadyReadTitle)).toHaveAttribute("data-unread", "false");
    await expect(page.locator("#notification-list-heading")).toContainText("2 unread");
  });
});

test("the triage controls — an open group, the bulk bar, a row's menu, the help — pass axe in light and dark", async ({
  page,
}) => {
  const titles = uniques("Axe result one", "Axe result two");
  const payout = unique("Axe payout");
  await notifySofia(...titles.map((title) => ({ title, type: "match_result" as const, aboutNightfall: true })), {
    title: payout,
    type: "payout_received",
    aboutNightfall: true,
  });
  await signInAs(page, SOFIA);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/notifications");
    await page.getByRole("button", { name: "2 match results from Nightfall Masters", exact: true }).click();
    await page.getByRole("checkbox", { name: `Select: ${titles[0]}` }).check();
    await expect(page.getByRole("group", { name: "Bulk actions" })).toBeVisible();
    await rowOf(page, payout)
      .getByRole("button", { name: `More actions: ${payout}` })
      .click();
    await expect(rowOf(page, payout).getByRole("button", { name: "Mute Nightfall Masters" })).toBeVisible();
    await expectNoAxeViolations(page, `triage controls, ${colorScheme}`);

    await page.keyboard.press("Escape");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await expectNoAxeViolations(page, `shortcuts help, ${colorScheme}`);
  }
});

async function expectNoAxeViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .analyze();
  const found = violations.map((violation) => ({
    rule: violation.id,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
  }));
  expect(found, what).toEqual([]);
}

test.describe("fast triage on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("each row has one ⋯ menu with its actions, Mute included", async ({ page }) => {
    const plain = unique("Phone plain");
    const payout = unique("Phone payout");
    await notifySofia({ title: payout, type: "payout_received", aboutNightfall: true }, { title: plain });
    await openCenter(page);
    const row = rowOf(page, plain);
    // The icon buttons are the desktop's; here the menu holds them.
    await expect(row.getByRole("button", { name: `Mark read: ${plain}` })).toHaveCount(0);
    await row.getByRole("button", { name: `More actions: ${plain}` }).click();
    await row.getByRole("button", { name: `Mark read: ${plain}` }).click();
    await expect(row).toHaveAttribute("data-unread", "false");

    await row.getByRole("button", { name: `More actions: ${plain}` }).click();
    await row.getByRole("button", { name: `Archive: ${plain}` }).click();
    await expect(rowOf(page, plain)).toHaveCount(0);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(rowOf(page, plain)).toHaveCount(1);
    // Undo done (the server agreed): focus is back on the row.
    await expect(page.getByRole("status")).toHaveText(`“${plain}” is back in your inbox.`);
    await expect(rowOf(page, plain)).toBeFocused();

    const aboutNightfall = rowOf(page, payout);
    await aboutNightfall.getByRole("button", { name: `More actions: ${payout}` }).click();
    await expect(aboutNightfall.getByRole("button", { name: "Mute Nightfall Masters" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(aboutNightfall.getByRole("button", { name: "Mute Nightfall Masters" })).toHaveCount(0);
    await expect(aboutNightfall.getByRole("button", { name: `More actions: ${payout}` })).toBeFocused();
  });
});
