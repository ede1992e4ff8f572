/**
 * Measures the site build and its pages for a given programme snapshot:
 *   SNAPSHOT_FILE=… [MEDIA_DIR=…] npm run bench -w @programma/site
 * Prints a Markdown report; exits non-zero only when it could not measure.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { measureSearch } from './benchSearch.ts'

const SITE = path.resolve(import.meta.dirname, '..')
/** A topic in two forms, a name with ё, an organisation, a region and a miss. */
const SEARCH_QUERIES = [
  'дистанционное обучение',
  'школы',
  'Семёнов',
  'гимназия',
  'Самарская область',
  'жирафоплан',
]

interface BuildFigures {
  seconds: number
  /** What the search integration reports of its own indexing time. */
  indexingSeconds: number | null
}

function build(outDir: string): Promise<BuildFigures> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: SITE,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`astro build exited with ${code}`))
      const indexed = /records indexed in \d+ languages in (\d+) ms/.exec(output)
      resolve({
        seconds: (performance.now() - started) / 1000,
        indexingSeconds: indexed ? Number(indexed[1]) / 1000 : null,
      })
    })
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function folderBytes(folder: string): number {
  return files(folder).reduce((sum, file) => sum + statSync(file).size, 0)
}

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

const gz = (content: Buffer | string) => gzipSync(content).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** HTML plus the CSS and JS it loads, raw and compressed. */
function pageWeight(outDir: string, page: string): { html: number; assets: number; total: number } {
  const html = readFileSync(path.join(outDir, page))
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map(
    (match) => match[1] ?? '',
  )
  const assetBytes = [...new Set(assets)].reduce(
    (sum, asset) => sum + gz(readFileSync(path.join(outDir, asset))),
    0,
  )
  return { html: gz(html), assets: assetBytes, total: gz(html) + assetBytes }
}

if (!process.env.SNAPSHOT_FILE && !process.env.CMS_URL) {
  console.error('Set SNAPSHOT_FILE (or CMS_URL) to the programme to measure.')
  process.exit(2)
}

const outDir = mkdtempSync(path.join(tmpdir(), 'programma-bench-'))
const { seconds, indexingSeconds } = await build(outDir)
const pages = files(outDir).filter((file) => file.endsWith('.html'))
const snapshot = JSON.parse(readFileSync(process.env.SNAPSHOT_FILE ?? '', 'utf8')) as {
  sessions: Array<{ slug: string }>
  experts: Array<{ slug: string }>
  partners: Array<{ slug: string }>
}
const firstDay = readdirSync(
  path.join(outDir, readdirSync(outDir).find((entry) => entry.startsWith('mmso-')) ?? '', 'programme'),
).find((entry) => /^\d{4}-/.test(entry))
const edition = readdirSync(outDir).find((entry) => entry.startsWith('mmso-')) ?? ''
const samples: Array<[string, string]> = [
  ['home', 'index.html'],
  ['programme day', `${edition}/programme/${firstDay}/index.html`],
  ['session', `sessions/${snapshot.sessions[0]?.slug}/index.html`],
  ['expert', `experts/${snapshot.experts[0]?.slug}/index.html`],
  ['experts index', 'experts/index.html'],
  ['partner', `partners/${snapshot.partners[0]?.slug}/index.html`],
]

console.log(
  `## Site build: ${snapshot.sessions.length} sessions, ${snapshot.experts.length} experts, ${snapshot.partners.length} partners\n`,
)
console.log(`| figure | value |\n| --- | --- |`)
console.log(`| build time | ${seconds.toFixed(1)} s |`)
console.log(`| pages | ${pages.length} |`)
console.log(`| per page | ${((seconds * 1000) / pages.length).toFixed(1)} ms |`)
if (indexingSeconds !== null)
  console.log(
    `| search indexing | ${indexingSeconds.toFixed(1)} s (${((100 * indexingSeconds) / (seconds - indexingSeconds)).toFixed(0)} % on top of the rest of the build) |`,
  )
console.log(`| search index on disk | ${kb(folderBytes(path.join(outDir, 'pagefind')))} |`)
console.log(`\n| page type | HTML (gzip) | CSS+JS (gzip) | total |\n| --- | --- | --- | --- |`)
for (const [label, page] of samples) {
  const weight = pageWeight(outDir, page)
  console.log(`| ${label} | ${kb(weight.html)} | ${kb(weight.assets)} | ${kb(weight.total)} |`)
}

const search = await measureSearch(outDir, SEARCH_QUERIES)
console.log(
  `\n| search (Chromium, loopback, ${SEARCH_QUERIES.length} queries) | median | worst |\n| --- | --- | --- |`,
)
console.log(
  `| bytes fetched from opening the search page to the first results | ${kb(median(search.firstQueryBytes))} | ${kb(Math.max(...search.firstQueryBytes))} |`,
)
console.log(
  `| results on screen after the last keystroke | ${median(search.latencies).toFixed(0)} ms | ${Math.max(...search.latencies).toFixed(0)} ms |`,
)
