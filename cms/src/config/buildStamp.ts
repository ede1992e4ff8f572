import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Env } from './runtime'

/** Written into the production build's folder when the build succeeds. */
export const BUILD_STAMP_FILE = 'programma-build.json'

export interface BuildStamp {
  /** The cms/ folder the build was made in: Next fixes absolute paths into its output. */
  cmsRoot: string
  /** Digest of every source the build was made from. */
  sources: string
}

/** Next's output folder: NEXT_DIST_DIR (a test's own build), else `.next`. */
export function distDirName(env: Env = process.env): string {
  return env.NEXT_DIST_DIR || '.next'
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** What the build is made from: the CMS's and the shared workspace's sources, configs, the lockfile. */
function buildSources(cmsRoot: string): string[] {
  const repoRoot = path.dirname(cmsRoot)
  return [
    ...filesUnder(path.join(cmsRoot, 'src')),
    ...filesUnder(path.join(repoRoot, 'shared', 'src')),
    ...['next.config.ts', 'package.json', 'tsconfig.json'].map((file) => path.join(cmsRoot, file)),
    path.join(repoRoot, 'package-lock.json'),
  ]
    .filter((file) => existsSync(file))
    .sort()
}

/** A digest of the sources' names and contents: unlike times, it survives a copy and a checkout. */
export function sourceDigest(cmsRoot: string): string {
  const hash = createHash('sha256')
  for (const file of buildSources(cmsRoot)) {
    hash.update(path.relative(cmsRoot, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

function stampPath(cmsRoot: string, env: Env): string {
  return path.join(cmsRoot, distDirName(env), BUILD_STAMP_FILE)
}

export function readBuildStamp(cmsRoot: string, env: Env = process.env): BuildStamp | undefined {
  const file = stampPath(cmsRoot, env)
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BuildStamp
  } catch {
    return undefined
  }
}

/** Marks the build as made here, from the sources whose digest was taken before it started. */
export function writeBuildStamp(cmsRoot: string, sources: string, env: Env = process.env): void {
  const stamp: BuildStamp = { cmsRoot: path.resolve(cmsRoot), sources }
  writeFileSync(stampPath(cmsRoot, env), `${JSON.stringify(stamp, null, 2)}\n`)
}

/** Why the production build cannot be used as it is, or undefined when it is current. */
export function staleBuildReason(cmsRoot: string, env: Env = process.env): string | undefined {
  const stamp = readBuildStamp(cmsRoot, env)
  if (!stamp) return 'there is no finished build'
  if (path.resolve(stamp.cmsRoot) !== path.resolve(cmsRoot)) return `it was made in ${stamp.cmsRoot}`
  if (stamp.sources !== sourceDigest(cmsRoot)) return 'the sources changed since'
  return undefined
}

/**
 * A production build made in another folder (copied, moved, or built by CI elsewhere) holds
 * that folder's paths: refuse to serve it rather than read or write another checkout's data.
 */
export function refuseForeignBuild(cmsRoot: string, env: Env = process.env): void {
  const stamp = readBuildStamp(cmsRoot, env)
  if (!stamp || path.resolve(stamp.cmsRoot) === path.resolve(cmsRoot)) return
  throw new Error(
    `Refusing to start: the CMS build in ${path.join(cmsRoot, distDirName(env))} was made in ${stamp.cmsRoot}. ` +
      'Build it here again (npm start does so by itself, or `npm run build -w @programma/cms`).',
  )
}
