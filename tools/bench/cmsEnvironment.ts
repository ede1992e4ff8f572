import path from 'node:path'

import { CMS_ROOT } from '../paths'

/** The CMS's upload folder for a database in `folder`. */
export function mediaFolder(folder: string): string {
  return path.join(folder, 'media')
}

/**
 * The CMS in local mode on the production build, with its database and uploads in `folder`,
 * so a bench or a load test never touches the database a developer's `npm start` uses.
 */
export function cmsEnvironment(folder: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PROGRAMMA_MODE: 'local',
    PROGRAMMA_CMS_ROOT: CMS_ROOT,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${path.join(folder, 'cms.db')}`,
    MEDIA_DIR: mediaFolder(folder),
    ...extra,
  }
}
