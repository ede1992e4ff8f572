import path from 'node:path'

/** What builds keep between runs (images, Astro's own cache): SITE_CACHE_DIR, else site/.cache. */
export function siteCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SITE_CACHE_DIR || path.join(import.meta.dirname, '..', '.cache'))
}
