// The README's screenshots (playwright.screenshots.config.ts): each page as a player or an admin
// would open it, on a desktop and a phone, in the light and the dark theme.
import { test, type Page } from "@playwright/test";
import { signInAs } from "@/e2e/support/session";

const OUT = "e2e/screenshots";
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

type TShot = { name: string; who: string; path: string; viewport: typeof DESKTOP; fullPage?: boolean };

const SHOTS: TShot[] = [
  { name: "notification-center", who: "alex@deltacrown.test", path: "/notifications", viewport: DESKTOP },
  { name: "notification-center-phone", who: "alex@deltacrown.test", path: "/notifications", viewport: PHONE },
  { name: "preferences", who: "alex@deltacrown.test", path: "/settings/notifications", viewport: DESKTOP },
  { name: "preferences-phone", who: "alex@deltacrown.test", path: "/settings/notifications", viewport: PHONE },
  { name: "home", who: "alex@deltacrown.test", path: "/", viewport: DESKTOP },
  { name: "admin-dashboard", who: "admin@deltacrown.test", path: "/admin", viewport: DESKTOP },
  { name: "delivery-health", who: "admin@deltacrown.test", path: "/admin/delivery", viewport: DESKTOP },
  { name: "leaderboard-phone", who: "alex@deltacrown.test", path: "/leaderboard", viewport: PHONE },
];

for (const shot of SHOTS) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${shot.name} (${scheme})`, async ({ page }) => {
      await page.setViewportSize(shot.viewport);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await signInAs(page, shot.who);
      await page.goto(shot.path);
      await settle(page);
      const suffix = scheme === "dark" ? "-dark" : "";
      await page.screenshot({ path: `${OUT}/${shot.name}${suffix}.png`, fullPage: shot.fullPage ?? false });
    });
  }
}

/** Fonts and images loaded, and a moment for the live bell's first summary (its stream never idles). */
async function settle(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(800);
}
