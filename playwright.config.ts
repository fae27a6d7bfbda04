import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Browser tests run in real Chromium: Debian's by default, or yours via CHROME_PATH.
// They serve the built site (dist/) with its production headers; `npm run test:e2e` builds it first.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers here (a machine also used for other work); in CI one per core, never fewer than two.
  workers: process.env.CI ? Math.max(2, availableParallelism()) : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
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
  webServer: {
    command: `node tools/serve.mjs --port ${port} --dir ${process.env.OUT_DIR ?? 'dist'}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
