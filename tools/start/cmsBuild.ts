import { staleBuildReason } from '@programma/cms/build-stamp'

import { CMS_ROOT } from '../paths'
import { run } from '../lib/processes'

/**
 * Builds the CMS for production unless the build in its output folder was made here, from
 * the sources as they are now. NEXT_DIST_DIR in `env` chooses that folder.
 */
export async function ensureCmsBuild(env: NodeJS.ProcessEnv, force = false): Promise<void> {
  const reason = force ? 'a rebuild was asked for' : staleBuildReason(CMS_ROOT, env)
  if (!reason) return
  console.log(`Building the CMS for production (${reason}; a few minutes the first time)…`)
  await run('npm', ['run', 'build', '--workspace', '@programma/cms'], { env, label: 'CMS build' })
}
