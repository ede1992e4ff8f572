/**
 * Where the end-to-end run lives: a temporary folder for its database, media, built site and
 * image cache, and two free loopback ports. Decided once, in the runner's process, and handed
 * to every worker and to `npm start` through the environment, so a run never touches the
 * `npm start` a developer may have open in the same checkout.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePortSync } from '@programma/tools/ports'

function decidedOnce(name: string, decide: () => string): string {
  process.env[name] ||= decide()
  return process.env[name]
}

export const E2E_DATA_DIR = decidedOnce('E2E_DATA_DIR', () =>
  mkdtempSync(path.join(tmpdir(), 'programma-e2e-')),
)
export const CMS_PORT = Number(decidedOnce('E2E_CMS_PORT', () => String(freePortSync())))
export const SITE_PORT = Number(decidedOnce('E2E_SITE_PORT', () => String(freePortSync())))

export const CMS_URL = `http://127.0.0.1:${CMS_PORT}`
export const SITE_URL = `http://127.0.0.1:${SITE_PORT}`
/** The site `npm start` builds for this run (not site/dist). */
export const SITE_DIST = path.join(E2E_DATA_DIR, 'site')

/** What `npm start` is given: everything it writes goes into the run's folder. */
export const e2eEnvironment: Record<string, string> = {
  PORT: String(CMS_PORT),
  SITE_PORT: String(SITE_PORT),
  DATABASE_URI: `file:${path.join(E2E_DATA_DIR, 'cms.db')}`,
  MEDIA_DIR: path.join(E2E_DATA_DIR, 'media'),
  SITE_OUT_DIR: SITE_DIST,
  SITE_CACHE_DIR: path.join(E2E_DATA_DIR, 'site-cache'),
  // Its own CMS build, so a build for the tests never replaces the one a running `npm start` serves.
  NEXT_DIST_DIR: '.next-test',
}
