import { chromiumLaunchOptions } from '@programma/tools/chromium'
import { defineConfig } from '@playwright/test'

import { CMS_URL, SITE_URL } from './environment'

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: CMS_URL,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    {
      // `npm start` builds the CMS when needed, seeds it, then builds and serves the site.
      command: 'npx tsx scripts/startSystem.ts',
      url: `${CMS_URL}/api/editions?limit=1`,
      timeout: 20 * 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      // A SIGKILL would end npm start at once, leaving the CMS it started (a process group of its
      // own) running and holding this run open; SIGTERM lets npm start stop everything it started.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    },
    {
      // The site is served by the same `npm start`; Playwright only waits for its address.
      command: 'node -e "setInterval(() => {}, 60000)"',
      url: `${SITE_URL}/`,
      timeout: 25 * 60_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
