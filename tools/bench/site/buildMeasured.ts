/**
 * Runs one Astro build in this process and reports its time and peak memory as a last line
 * of JSON:  node buildMeasured.ts <root> <outDir>
 * Astro is the one the project at <root> resolves (the site's own), not one of the tools'.
 * Run by Node itself (no imports of our own), so its memory is the build's and nothing else's;
 * Pagefind's indexer is a child process of its own, and its memory is not counted.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [root, outDir] = process.argv.slice(2)
if (!root || !outDir) {
  console.error('usage: node buildMeasured.ts <root> <outDir>')
  process.exit(2)
}

interface Astro {
  build: (options: { root: string; outDir: string; logLevel: 'info' }) => Promise<void>
}

const astroEntry = createRequire(path.join(path.resolve(root), 'package.json')).resolve('astro')
const { build } = (await import(pathToFileURL(astroEntry).href)) as Astro

const started = performance.now()
await build({ root: path.resolve(root), outDir: path.resolve(outDir), logLevel: 'info' })
const seconds = (performance.now() - started) / 1000
console.log(`BUILD ${JSON.stringify({ seconds, peakMemoryMiB: process.resourceUsage().maxRSS / 1024 })}`)
