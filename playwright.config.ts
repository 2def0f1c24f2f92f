// End-to-end tests: a real Chromium against the production build (`node .next/standalone/server.js`) on a throw-away
// embedded PostgreSQL with the demo data — see e2e/support/start-server.ts. `npm run test:e2e`
// builds first; `npx playwright test` alone needs an up-to-date `npm run build`.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_APP_URL } from "./e2e/support/config";

const isCI = Boolean(process.env.CI);
// Debian's chromium package when installed; elsewhere the browser Playwright installs.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores: the server, PostgreSQL and Chromium already share them.
  workers: 1,
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_APP_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx e2e/support/start-server.ts",
    url: E2E_APP_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    // SIGTERM lets start-server.ts stop next and then the database (default would be SIGKILL).
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
