import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { CMS_ROOT } from '../src/config/runtime'

const REPO_ROOT = path.resolve(CMS_ROOT, '..')

function newestSourceChange(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(full) : statSync(full).mtimeMs)
  }
  return newest
}

/** Whether the CMS's production build is newer than every source it was built from. */
export function cmsBuildIsCurrent(): boolean {
  const buildId = path.join(CMS_ROOT, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return false
  const builtAt = statSync(buildId).mtimeMs
  const sources = [path.join(CMS_ROOT, 'src'), path.join(REPO_ROOT, 'shared', 'src')]
  const configs = ['next.config.ts', 'package.json'].map(
    (file) => statSync(path.join(CMS_ROOT, file)).mtimeMs,
  )
  return Math.max(...sources.map(newestSourceChange), ...configs) < builtAt
}
