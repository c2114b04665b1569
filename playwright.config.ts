import { defineConfig } from "@playwright/test";

// The browser tests run against a production build served by scripts/test.ts, which sets
// BASE_URL and CHROMIUM_PATH.
export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // On two cores, with the suite's other work, a page can take a few seconds.
  expect: { timeout: 10_000 },
  timeout: 60_000,
  projects: [
    { name: "browser", testDir: "tests/e2e" },
    // The system tests start their own servers (PostgreSQL, Redis, several portal instances);
    // scripts/test.ts runs them on their own, after the browser tests, one file at a time.
    { name: "system", testDir: "tests/system", fullyParallel: false, timeout: 180_000 },
  ],
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON ?? "test-results/playwright.json" }]],
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:3000",
    locale: "sv-SE",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
