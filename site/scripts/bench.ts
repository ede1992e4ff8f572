/**
 * Measures the site build and its pages for a given programme snapshot:
 *   SNAPSHOT_FILE=… [MEDIA_DIR=…] npm run bench -w @programma/site [-- --floor] [--repeats N] [--json out.json]
 * Prints a Markdown report (and the figures as JSON with --json); exits non-zero only when
 * it could not measure, never because a figure is slow.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { writeFloorProject } from './benchFloor.ts'
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

export interface BuildFigures {
  seconds: number
  peakMemoryMiB: number
  /** What the search integration reports of its own indexing time. */
  indexingSeconds: number | null
  /** Time Astro spent generating each kind of file, from its own per-route log. */
  generation: GenerationFigures
}

export interface GenerationFigures {
  calendars: { files: number; milliseconds: number }
  exports: { files: number; milliseconds: number }
  pages: { files: number; milliseconds: number }
}

/** Sums Astro's "├─ /path (+12ms)" lines by what the files are. */
export function generationTimes(log: string): GenerationFigures {
  const figures: GenerationFigures = {
    calendars: { files: 0, milliseconds: 0 },
    exports: { files: 0, milliseconds: 0 },
    pages: { files: 0, milliseconds: 0 },
  }
  for (const [, route, milliseconds] of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const kind = route?.endsWith('.ics')
      ? figures.calendars
      : /\.(xml|json|atom)$/.test(route ?? '')
        ? figures.exports
        : figures.pages
    kind.files += 1
    kind.milliseconds += Number(milliseconds)
  }
  return figures
}

export interface PageWeight {
  type: string
  html: number
  css: number
  js: number
  images: number
}

export interface SiteFigures {
  sessions: number
  experts: number
  partners: number
  build: BuildFigures
  pages: number
  floor: (BuildFigures & { pages: number }) | null
  searchIndexBytes: number
  weights: PageWeight[]
  search: { firstQueryBytes: number; worstFirstQueryBytes: number; latencyMs: number; worstLatencyMs: number }
}

function build(root: string, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(SITE, 'scripts', 'buildMeasured.ts'), root, outDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      const result = /^BUILD (.+)$/m.exec(output)
      if (code !== 0 || !result?.[1]) return reject(new Error(`astro build exited with ${code}`))
      const indexed = /records indexed in \d+ languages in (\d+) ms/.exec(output)
      resolve({
        ...(JSON.parse(result[1]) as { seconds: number; peakMemoryMiB: number }),
        indexingSeconds: indexed ? Number(indexed[1]) / 1000 : null,
        generation: generationTimes(output),
      })
    })
  })
}

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

const gz = (content: Buffer | string) => gzipSync(content).length
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Images the browser fetches at once: every <img> not marked loading="lazy". */
function eagerImages(html: string): string[] {
  const tags = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0])
  return [
    ...new Set(
      tags
        .filter((tag) => !/loading="lazy"/.test(tag))
        .flatMap((tag) => /\ssrc="(\/media\/[^"]+)"/.exec(tag)?.[1] ?? []),
    ),
  ]
}

/** What a first visit to a page downloads, compressed as a CDN serves it (images as they are). */
function pageWeight(outDir: string, type: string, page: string): PageWeight {
  const html = readFileSync(path.join(outDir, page))
  const referenced = (pattern: RegExp) => [
    ...new Set([...html.toString().matchAll(pattern)].map((match) => match[1] ?? '')),
  ]
  const sum = (assets: string[], size: (file: string) => number) =>
    assets.reduce((total, asset) => total + size(path.join(outDir, asset)), 0)
  return {
    type,
    html: gz(html),
    css: sum(referenced(/href="(\/_astro\/[^"]+\.css)"/g), (file) => gz(readFileSync(file))),
    js: sum(referenced(/src="(\/_astro\/[^"]+\.js)"/g), (file) => gz(readFileSync(file))),
    images: sum(eagerImages(html.toString()), (file) => statSync(file).size),
  }
}

function samplePages(outDir: string, snapshot: SnapshotCounts): Array<[string, string]> {
  const edition = readdirSync(outDir).find((entry) => existsDir(path.join(outDir, entry, 'programme'))) ?? ''
  const firstDay = readdirSync(path.join(outDir, edition, 'programme')).find((entry) => /^\d{4}-/.test(entry))
  return [
    ['home', 'index.html'],
    ['programme day', `${edition}/programme/${firstDay}/index.html`],
    ['session', `sessions/${snapshot.sessions[0]?.slug}/index.html`],
    ['expert', `experts/${snapshot.experts[0]?.slug}/index.html`],
    ['experts index', 'experts/index.html'],
    ['partner', `partners/${snapshot.partners[0]?.slug}/index.html`],
    ['search', 'search/index.html'],
  ]
}

function existsDir(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}

interface SnapshotCounts {
  sessions: Array<{ slug: string }>
  experts: Array<{ slug: string }>
  partners: Array<{ slug: string }>
}

/** Builds `repeats` times into fresh folders: the median time, the highest peak memory. */
async function repeatedBuild(repeats: number): Promise<{ outDir: string; figures: BuildFigures }> {
  const runs: Array<{ outDir: string; figures: BuildFigures }> = []
  for (let round = 0; round < repeats; round += 1) {
    const outDir = mkdtempSync(path.join(tmpdir(), 'programma-bench-'))
    runs.push({ outDir, figures: await build(SITE, outDir) })
  }
  const indexing = runs.flatMap((run) =>
    run.figures.indexingSeconds === null ? [] : [run.figures.indexingSeconds],
  )
  return {
    outDir: runs[0]?.outDir ?? '',
    figures: {
      seconds: median(runs.map((run) => run.figures.seconds)),
      peakMemoryMiB: Math.max(...runs.map((run) => run.figures.peakMemoryMiB)),
      indexingSeconds: indexing.length > 0 ? median(indexing) : null,
      generation: runs[0]?.figures.generation ?? generationTimes(''),
    },
  }
}

export async function measureSite(options: { floor: boolean; repeats: number }): Promise<SiteFigures> {
  const snapshot = JSON.parse(readFileSync(process.env.SNAPSHOT_FILE ?? '', 'utf8')) as SnapshotCounts
  const { outDir, figures: buildFigures } = await repeatedBuild(Math.max(1, options.repeats))
  const pages = files(outDir).filter((file) => file.endsWith('.html')).length
  let floor: SiteFigures['floor'] = null
  if (options.floor) {
    const floorRoot = await writeFloorProject(SITE)
    const floorOut = mkdtempSync(path.join(tmpdir(), 'programma-floor-'))
    floor = { ...(await build(floorRoot, floorOut, { ...process.env, FLOOR_PAGES: String(pages) })), pages }
  }
  const search = await measureSearch(outDir, SEARCH_QUERIES)
  return {
    sessions: snapshot.sessions.length,
    experts: snapshot.experts.length,
    partners: snapshot.partners.length,
    build: buildFigures,
    pages,
    floor,
    searchIndexBytes: files(path.join(outDir, 'pagefind')).reduce(
      (sum, file) => sum + statSync(file).size,
      0,
    ),
    weights: samplePages(outDir, snapshot).map(([type, page]) => pageWeight(outDir, type, page)),
    search: {
      firstQueryBytes: median(search.firstQueryBytes),
      worstFirstQueryBytes: Math.max(...search.firstQueryBytes),
      latencyMs: median(search.latencies),
      worstLatencyMs: Math.max(...search.latencies),
    },
  }
}

export function siteReport(figures: SiteFigures): string {
  const { build: built, floor } = figures
  const lines = [
    `| figure | value |`,
    `| --- | --- |`,
    `| site build from the snapshot (pages, images, search index) | ${built.seconds.toFixed(1)} s |`,
    `| pages | ${figures.pages} |`,
    `| per page | ${((built.seconds * 1000) / figures.pages).toFixed(1)} ms |`,
    `| peak memory of the build | ${built.peakMemoryMiB.toFixed(0)} MiB |`,
  ]
  if (built.indexingSeconds !== null)
    lines.push(
      `| search indexing | ${built.indexingSeconds.toFixed(1)} s (${((100 * built.indexingSeconds) / (built.seconds - built.indexingSeconds)).toFixed(0)} % on top of the rest of the build) |`,
    )
  lines.push(`| search index on disk | ${kb(figures.searchIndexBytes)} |`)
  const { calendars, exports, pages } = built.generation
  lines.push(
    `| HTML pages generated | ${pages.files} in ${(pages.milliseconds / 1000).toFixed(1)} s |`,
    `| calendar feeds generated | ${calendars.files} in ${(calendars.milliseconds / 1000).toFixed(1)} s |`,
    `| exports and feeds (frab, C3VOC, Atom, JSON) generated | ${exports.files} in ${(exports.milliseconds / 1000).toFixed(1)} s |`,
  )
  if (floor)
    lines.push(
      `| bare Astro, ${floor.pages} trivial pages | ${floor.seconds.toFixed(1)} s, ${floor.peakMemoryMiB.toFixed(0)} MiB |`,
      `| our build ÷ the bare floor | ${(built.seconds / floor.seconds).toFixed(2)} × |`,
    )
  lines.push(
    '',
    `| page type (first visit, gzip) | HTML | CSS | JS | images above the fold | total |`,
    `| --- | --- | --- | --- | --- | --- |`,
    ...figures.weights.map(
      (weight) =>
        `| ${weight.type} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.images)} | ${kb(weight.html + weight.css + weight.js + weight.images)} |`,
    ),
    '',
    `| search (Chromium, loopback, ${SEARCH_QUERIES.length} queries) | median | worst |`,
    `| --- | --- | --- |`,
    `| bytes fetched from opening the search page to the first results | ${kb(figures.search.firstQueryBytes)} | ${kb(figures.search.worstFirstQueryBytes)} |`,
    `| results on screen after the last keystroke | ${figures.search.latencyMs.toFixed(0)} ms | ${figures.search.worstLatencyMs.toFixed(0)} ms |`,
  )
  return lines.join('\n')
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      floor: { type: 'boolean', default: false },
      repeats: { type: 'string', default: '1' },
      json: { type: 'string' },
    },
  })
  if (!process.env.SNAPSHOT_FILE) {
    console.error('Set SNAPSHOT_FILE to the programme snapshot to measure (and MEDIA_DIR to its images).')
    process.exit(2)
  }
  const figures = await measureSite({ floor: values.floor, repeats: Number(values.repeats) })
  console.log(
    `## Site: ${figures.sessions} sessions, ${figures.experts} experts, ${figures.partners} partners\n\n${siteReport(figures)}`,
  )
  if (values.json) writeFileSync(values.json, JSON.stringify(figures, null, 2))
}
