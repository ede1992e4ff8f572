/**
 * What the bench keeps: every figure of every scale, each scale with when, where and how it
 * was measured. BENCHMARKS.md and its charts are rendered from this alone.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'

import type { SeedFigures, SnapshotFigures } from './cms'
import type { RestFigure } from './rest'
import type { SiteFigures } from './site/measureSite'

export interface ScaleResult {
  /** The scale's name in scales.ts (`--scales` takes these). */
  name: string
  label: string
  /** Builds and snapshots repeated for a median. */
  repeats: number
  /** When the measurement ended, as an ISO date and time. */
  measuredAt: string
  machine: string
  /**
   * `measured`: by this bench, figures as measured. `recorded`: carried over from an earlier
   * report, figures only as exact as it printed them (see `sourceNote`).
   */
  source: 'measured' | 'recorded'
  /** What a reader should know of how exact the figures are, or where they were taken from. */
  sourceNote?: string
  cms: { seed: SeedFigures; snapshot: SnapshotFigures; rest: RestFigure[] }
  site: SiteFigures
}

export interface BenchResults {
  about: string
  scales: ScaleResult[]
}

export const RESULTS_ABOUT =
  'Figures of `npm run bench`, one entry per scale. BENCHMARKS.md and its charts are rendered from this file (`npm run bench -- --render-only`).'

export function emptyResults(): BenchResults {
  return { about: RESULTS_ABOUT, scales: [] }
}

/** The results as they were written, or none yet when the file does not exist. */
export async function readResults(file: string): Promise<BenchResults> {
  if (!existsSync(file)) return emptyResults()
  const results = JSON.parse(await readFile(file, 'utf8')) as Partial<BenchResults>
  if (!Array.isArray(results.scales)) throw new Error(`${file} holds no "scales" list`)
  return { about: RESULTS_ABOUT, scales: results.scales }
}

/** The results with `result` in place of any earlier entry of its scale, scales in `order`. */
export function withScale(results: BenchResults, result: ScaleResult, order: string[]): BenchResults {
  const scales = [...results.scales.filter((scale) => scale.name !== result.name), result]
  const rank = (name: string) => {
    const index = order.indexOf(name)
    return index < 0 ? order.length : index
  }
  return { ...results, scales: scales.sort((a, b) => rank(a.name) - rank(b.name)) }
}

export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
}
