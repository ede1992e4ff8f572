import { tmpdir } from 'node:os'
import path from 'node:path'

export const E2E_DATA_DIR = path.join(tmpdir(), 'programma-e2e')
// Overridable, to run a spec against an `npm start` already running elsewhere.
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 3100)
export const SITE_PORT = Number(process.env.E2E_SITE_PORT ?? 4400)

export const e2eEnvironment = {
  PORT: String(CMS_PORT),
  SITE_PORT: String(SITE_PORT),
  DATABASE_URI: `file:${path.join(E2E_DATA_DIR, 'cms.db')}`,
  MEDIA_DIR: path.join(E2E_DATA_DIR, 'media'),
}
