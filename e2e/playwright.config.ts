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
    },
    {
      // The site is served by the same `npm start`; Playwright only waits for its address.
      command: 'node -e "setInterval(() => {}, 60000)"',
      url: `${SITE_URL}/`,
      timeout: 25 * 60_000,
      reuseExistingServer: false,
    },
  ],
})
