import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { programme } from '../src/lib/loadSnapshot'
import {
  currentPaths,
  nextManifest,
  PATH_MANIFEST,
  type PathManifest,
  parsePathManifest,
  redirectsFile,
  redirectsOf,
} from '../src/lib/pathManifest'
import { Programme } from '../src/lib/programme'
import { isProductionBuild, siteIdentityAddress } from '../src/lib/siteAddress'
import { siteCacheDir } from './cacheDir'

const FETCH_TIMEOUT_MS = 10_000

/** The previous build's manifest, kept with the images between builds (Netlify's build cache). */
export function cachedManifestFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(siteCacheDir(env), 'paths.json')
}

async function fromCache(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'))
}

async function fromLiveSite(url: URL): Promise<unknown> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: 'application/json' },
  })
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`)
  return response.json()
}

/**
 * The manifest of the release before this one: from the build cache, else (in production,
 * after the cache was cleared) from the live site. Local builds never ask a running site.
 */
async function previousManifest(warn: (message: string) => void): Promise<PathManifest | null> {
  const sources: Array<[string, () => Promise<unknown>]> = [
    [cachedManifestFile(), () => fromCache(cachedManifestFile())],
  ]
  if (isProductionBuild()) {
    const live = new URL(PATH_MANIFEST, siteIdentityAddress())
    sources.push([live.href, () => fromLiveSite(live)])
  }
  const missed: string[] = []
  for (const [name, read] of sources) {
    try {
      const manifest = parsePathManifest(await read())
      if (manifest) return manifest
      missed.push(`${name}: not a path manifest`)
    } catch (error) {
      missed.push(`${name}: ${(error as Error).message}`)
    }
  }
  warn(`No previous path manifest (${missed.join('; ')}); no redirects for changed slugs this time.`)
  return null
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.part`
  await writeFile(temporary, text)
  await rename(temporary, file)
}

/**
 * After the pages: writes this release's path manifest into the site and the cache, and a
 * permanent redirect for every address a session, expert or partner had before its slug changed.
 */
export function pathRedirects(): AstroIntegration {
  return {
    name: 'programma:path-redirects',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const data = new Programme(await programme())
        const manifest = nextManifest(
          await previousManifest((message) => logger.warn(message)),
          currentPaths(data),
        )
        const out = fileURLToPath(dir)
        const redirects = redirectsOf(manifest)
        const text = JSON.stringify(manifest)
        await writeFile(path.join(out, PATH_MANIFEST), text)
        await appendFile(path.join(out, '_redirects'), redirectsFile(redirects))
        await writeAtomically(cachedManifestFile(), text)
        logger.info(`${redirects.length} redirects for changed slugs`)
      },
    },
  }
}
