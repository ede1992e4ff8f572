/**
 * Keeps the site build's cache folder between Netlify builds: the images fetched from the
 * CMS, Astro's cache and the last release's path manifest (for redirects of changed slugs).
 * The folder is SITE_CACHE_DIR, else site/.cache, as site/integrations/cacheDir.ts decides.
 */
const cacheDir = () => process.env.SITE_CACHE_DIR || 'site/.cache'

export const onPreBuild = async ({ utils }) => {
  const restored = await utils.cache.restore(cacheDir())
  console.log(
    restored ? `Restored ${cacheDir()} from the build cache` : `No ${cacheDir()} in the build cache yet`,
  )
}

/** Only after a successful build: a failed one leaves the cache as the last good build left it. */
export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(cacheDir())
  console.log(`Saved ${cacheDir()} to the build cache`)
}
