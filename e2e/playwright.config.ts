import { existsSync } from 'node:fs'

import { defineConfig } from '@playwright/test'

import { CMS_PORT, SITE_PORT } from './scripts/environment.mjs'

/** Debian's Chromium where it is installed (no browser download needed), else Playwright's own. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)))
}

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${CMS_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node scripts/serve-fresh.mjs',
      url: `http://127.0.0.1:${CMS_PORT}/api/editions?limit=1`,
      timeout: 20 * 60_000,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      // `npm start` builds and serves the site once the CMS is up; this only waits for it.
      command: 'node scripts/wait-forever.mjs',
      url: `http://127.0.0.1:${SITE_PORT}/`,
      timeout: 25 * 60_000,
      reuseExistingServer: false,
    },
  ],
})
