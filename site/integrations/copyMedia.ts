import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { programme, sourceFromEnvironment } from '../src/lib/loadSnapshot'
import { filesToCopy, MEDIA_FOLDER } from '../src/lib/media'

const CACHE = fileURLToPath(new URL('../.cache/media/', import.meta.url))

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
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
    await copyFile(path.join(mediaDir, name), target)
    return target
  }
  if (!cmsUrl) throw new Error(`No source for media file ${name}: set CMS_URL or MEDIA_DIR`)
  const response = await fetch(new URL(url, cmsUrl), { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for media file ${name}`)
  await writeFile(target, Buffer.from(await response.arrayBuffer()))
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
        const mediaDir = process.env.MEDIA_DIR
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
