/**
 * The framework's own floor: a bare Astro site with the same number of trivial pages,
 * built the same way, so our build cost can be read as a ratio to it.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const PAGE = `---
export function getStaticPaths() {
  const count = Number(process.env.FLOOR_PAGES ?? 1)
  return Array.from({ length: count }, (_, index) => ({ params: { page: String(index) } }))
}
const { page } = Astro.params
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Page {page}</title></head>
<body><h1>Page {page}</h1><p>A trivial page.</p></body></html>
`

/** Writes the bare project under the site's cache, where it resolves the same `astro`. */
export async function writeFloorProject(siteRoot: string): Promise<string> {
  const root = path.join(siteRoot, '.cache', 'bench-floor')
  await rm(root, { recursive: true, force: true })
  await mkdir(path.join(root, 'src', 'pages'), { recursive: true })
  await writeFile(path.join(root, 'astro.config.mjs'), `export default {}\n`)
  await writeFile(path.join(root, 'src', 'pages', '[page].astro'), PAGE)
  return root
}
