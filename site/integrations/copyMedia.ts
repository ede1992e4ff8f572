import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { programme, sourceFromEnvironment } from '../src/lib/loadSnapshot'
import { filesToCopy, MEDIA_FOLDER } from '../src/lib/media'
import { siteCacheDir } from './cacheDir'

/** Images fetched once and reused by later builds: SITE_CACHE_DIR/media, else site/.cache/media. */
const CACHE = path.join(siteCacheDir(), 'media')

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/** MEDIA_DIR as the user wrote it: relative to where the command was run, not to site/. */
function mediaDirFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.MEDIA_DIR) return undefined
  return path.resolve(env.INIT_CWD ?? process.cwd(), env.MEDIA_DIR)
}

/** Writes through a temporary name, so an interrupted build never leaves half a file in the cache. */
async function writeAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${target}.${process.pid}.part`
  await write(temporary)
  await rename(temporary, target)
}

/** Fetches a file from the CMS into the cache once; later builds reuse it. */
async function cached(
  name: string,
  url: string,
  cmsUrl: string | undefined,
  mediaDir: string | undefined,
): Promise<string> {
  const target = path.join(CACHE, name)
  if (await exists(target)) return target
  if (mediaDir) {
    const source = path.join(mediaDir, name)
    if (!(await exists(source))) throw new Error(`Media file ${name} is missing from MEDIA_DIR (${mediaDir})`)
    await writeAtomically(target, (temporary) => copyFile(source, temporary))
    return target
  }
  if (!cmsUrl) throw new Error(`No source for media file ${name}: set CMS_URL or MEDIA_DIR`)
  const response = await fetch(new URL(url, cmsUrl), { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for media file ${name}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  await writeAtomically(target, (temporary) => writeFile(temporary, bytes))
  return target
}

/**
 * Copies the images the pages use into dist/media, so the site needs no CMS once built.
 * Files come from MEDIA_DIR (the CMS's upload folder) or from the CMS over HTTP, cached.
 */
export function copyMedia(): AstroIntegration {
  return {
    name: 'programma:copy-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const snapshot = await programme()
        const source = sourceFromEnvironment()
        const mediaDir = mediaDirFromEnvironment()
        const files = filesToCopy(snapshot.media)
        const out = path.join(fileURLToPath(dir), MEDIA_FOLDER)
        await mkdir(CACHE, { recursive: true })
        await mkdir(out, { recursive: true })
        const queue = [...files]
        const workers = Array.from({ length: 8 }, async () => {
          for (let file = queue.shift(); file; file = queue.shift()) {
            await copyFile(
              await cached(file.name, file.url, source.cmsUrl, mediaDir),
              path.join(out, file.name),
            )
          }
        })
        await Promise.all(workers)
        logger.info(`${files.length} image files copied into /${MEDIA_FOLDER}/`)
      },
    },
  }
}
