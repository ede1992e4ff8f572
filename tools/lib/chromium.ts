import { existsSync } from 'node:fs'

/** Flags for Chromium on a machine with no network but loopback, running as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium (CHROMIUM_PATH first): Playwright cannot download its own browser here. */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)))
}

/** Launch options for Playwright (the test runner's `launchOptions` or playwright-core's `launch`). */
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  return { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }
}
