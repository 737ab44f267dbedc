import { defineConfig } from '@playwright/test';

// The end-to-end tests drive an already running product; they start nothing themselves.
const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error(
    'Set BASE_URL to the running product, e.g. BASE_URL=http://localhost:8080 npm run test:e2e',
  );
}

export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results/artifacts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Long journeys with several axe scans on a busy 2-core CI machine: generous, never a 5 s default.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // The machine's own Chromium: no browser is ever downloaded.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
