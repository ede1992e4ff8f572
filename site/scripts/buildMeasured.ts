/**
 * Runs one Astro build in this process and reports its time and peak memory as a last
 * line of JSON:  node scripts/buildMeasured.ts <root> <outDir>
 * (Pagefind's indexer is a child process of its own; its memory is not counted.)
 */
import path from 'node:path'

import { build } from 'astro'

const [root, outDir] = process.argv.slice(2)
if (!root || !outDir) {
  console.error('usage: node scripts/buildMeasured.ts <root> <outDir>')
  process.exit(2)
}

const started = performance.now()
await build({ root: path.resolve(root), outDir: path.resolve(outDir), logLevel: 'info' })
const seconds = (performance.now() - started) / 1000
console.log(`BUILD ${JSON.stringify({ seconds, peakMemoryMiB: process.resourceUsage().maxRSS / 1024 })}`)
