// `npm run screenshots`: the README's screenshots, taken from the production build with the demo data
// (the e2e server, e2e/support/start-server.ts) — desktop and phone, light and dark. Not a test: run
// it after a UI change and commit the images. Needs an up-to-date `npm run build`.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: "scripts/screenshots",
  testMatch: "**/*.shots.ts",
  retries: 0,
  reporter: [["list"]],
});
