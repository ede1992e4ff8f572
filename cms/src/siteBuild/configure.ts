import { existsSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../config/runtime'
import { buildHookRunner } from './buildHook'
import { localBuildOptions, localBuildRunner } from './localBuild'
import { recoverInterruptedBuild } from './recovery'
import { setRebuildRunner } from './schedule'
import type { SiteBuildStatus } from './state'

export type RunnerKind = 'local' | 'hook' | 'none'

/** `npm start` sets SITE_LOCAL_BUILD; production sets SITE_BUILD_HOOK_URL; otherwise nothing builds. */
export function runnerKind(env: Env): RunnerKind {
  if (env.SITE_LOCAL_BUILD === '1') return 'local'
  if (env.SITE_BUILD_HOOK_URL) return 'hook'
  return 'none'
}

export function localCmsUrl(env: Env): string {
  return env.SITE_BUILD_CMS_URL || `http://127.0.0.1:${env.PORT || 3000}`
}

export async function configureSiteBuilds(payload: Payload, env: Env): Promise<void> {
  const kind = runnerKind(env)
  if (kind === 'local') setRebuildRunner(localBuildRunner(localBuildOptions(env, localCmsUrl(env))))
  else if (kind === 'hook') setRebuildRunner(buildHookRunner(env.SITE_BUILD_HOOK_URL as string))
  else setRebuildRunner(undefined)
  payload.logger.info(
    kind === 'local'
      ? 'Published changes rebuild the site on this machine.'
      : kind === 'hook'
        ? 'Published changes call the site build hook.'
        : 'No site rebuilds: set SITE_BUILD_HOOK_URL to rebuild the public site on publish.',
  )
  await recoverInterruptedBuild(payload)
}

/**
 * Under `npm start` the first build is made before anything is recorded: a site that is
 * there and was never rebuilt from here is live since its files were written.
 */
export function withLocalSite(status: SiteBuildStatus, env: Env): SiteBuildStatus {
  if (runnerKind(env) !== 'local' || status.state !== 'idle') return status
  const index = path.join(localBuildOptions(env, localCmsUrl(env)).outDir, 'index.html')
  if (!existsSync(index)) return status
  return { ...status, state: 'live', runner: 'local', liveSince: statSync(index).mtime.toISOString() }
}
