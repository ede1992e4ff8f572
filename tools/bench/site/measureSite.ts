/**
 * The site's part of the bench, for one programme snapshot: its build (time, memory, what
 * Astro and Pagefind spent), the same number of trivial pages in a bare Astro project as the
 * framework's floor, page weights by type, and search in Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { SITE_ROOT } from '../../paths'
import { median } from '../command'
import { type BuildFigures } from './buildLog'
import { writeFloorProject } from './floor'
import { type PageWeight, pageWeights, type SnapshotSample } from './pageWeights'
import { measureSearch, SEARCH_QUERIES } from './search'
import { measuredBuild, repeatedBuild } from './siteBuild'

export interface SiteFigures {
  sessions: number
  experts: number
  partners: number
  build: BuildFigures
  pages: number
  floor: FloorFigures | null
  searchIndexBytes: number
  weights: PageWeight[]
  search: {
    queries: number
    firstQueryBytes: number
    worstFirstQueryBytes: number
    latencyMs: number
    worstLatencyMs: number
  }
}

/** The bare Astro project's build: the framework's own cost for as many pages. */
export interface FloorFigures {
  pages: number
  seconds: number
  peakMemoryMiB: number
}

export interface SiteBenchOptions {
  snapshotFile: string
  /** The CMS's upload folder, where the build copies images from. */
  mediaDir: string
  /** Where the builds and their cache go; nothing of the checkout's own site/ is touched. */
  folder: string
  floor: boolean
  repeats: number
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function siteEnvironment(options: SiteBenchOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SNAPSHOT_FILE: options.snapshotFile,
    MEDIA_DIR: options.mediaDir,
    SITE_CACHE_DIR: path.join(options.folder, 'site-cache'),
    // A file that is not there: every build is a first publication, whatever a site on
    // localhost:4321 (where the change log is fetched from by default) serves meanwhile.
    PREVIOUS_RELEASE_FILE: path.join(options.folder, 'no-previous-release.json'),
  }
}

/** Bare Astro building as many trivial pages as ours: what any site of that size costs. */
async function measureFloor(pages: number, options: SiteBenchOptions): Promise<FloorFigures> {
  const root = await writeFloorProject(SITE_ROOT)
  const outDir = path.join(options.folder, 'floor')
  const built = await measuredBuild(root, outDir, { ...process.env, FLOOR_PAGES: String(pages) })
  return { pages, seconds: built.seconds, peakMemoryMiB: built.peakMemoryMiB }
}

export async function measureSite(options: SiteBenchOptions): Promise<SiteFigures> {
  const snapshot = JSON.parse(readFileSync(options.snapshotFile, 'utf8')) as SnapshotSample
  const env = siteEnvironment(options)
  const { outDir, figures: build } = await repeatedBuild(SITE_ROOT, options.folder, options.repeats, env)
  const pages = filesUnder(outDir).filter((file) => file.endsWith('.html')).length
  const floor = options.floor ? await measureFloor(pages, options) : null
  const search = await measureSearch(outDir, SEARCH_QUERIES)
  return {
    sessions: snapshot.sessions.length,
    experts: snapshot.experts.length,
    partners: snapshot.partners.length,
    build,
    pages,
    floor,
    searchIndexBytes: filesUnder(path.join(outDir, 'pagefind')).reduce(
      (sum, file) => sum + statSync(file).size,
      0,
    ),
    weights: pageWeights(outDir, snapshot),
    search: {
      queries: SEARCH_QUERIES.length,
      firstQueryBytes: median(search.firstQueryBytes),
      worstFirstQueryBytes: Math.max(...search.firstQueryBytes),
      latencyMs: median(search.latencies),
      worstLatencyMs: Math.max(...search.latencies),
    },
  }
}
