/**
 * `npm run build`: builds the site into a folder of its own and only then puts it in
 * place of dist/. A build that fails — the CMS unreachable, a page that throws — leaves
 * the published dist/ exactly as it was, and a server reading dist/ never sees half a site.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'

const SITE = path.resolve(import.meta.dirname, '..')
/** Where the published site lives: site/dist, or SITE_OUT_DIR. */
const DIST = path.resolve(process.env.SITE_OUT_DIR || path.join(SITE, 'dist'))
const NEXT = path.join(path.dirname(DIST), `.${path.basename(DIST)}-next`)
const PREVIOUS = path.join(path.dirname(DIST), `.${path.basename(DIST)}-previous`)

function astroBuild(outDir: string, extraArgs: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir, ...extraArgs], {
      cwd: SITE,
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Two renames on the same disk: dist/ is missing for a moment, never partly written. */
async function publish(): Promise<void> {
  await rm(PREVIOUS, { recursive: true, force: true })
  if (existsSync(DIST)) await rename(DIST, PREVIOUS)
  await rename(NEXT, DIST)
  await rm(PREVIOUS, { recursive: true, force: true })
}

await rm(NEXT, { recursive: true, force: true })
const code = await astroBuild(NEXT, process.argv.slice(2))
if (code !== 0) {
  await rm(NEXT, { recursive: true, force: true })
  console.error(
    `The site build failed (exit code ${code}); the published site in ${path.relative(process.cwd(), DIST) || 'dist'} is unchanged.`,
  )
  process.exit(code)
}
await publish()
console.log(`The new site is in place: ${DIST}`)
