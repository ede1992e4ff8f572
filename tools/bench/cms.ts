import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'

import { CMS_ROOT } from '../paths'
import { median, runCommand } from './command'
import type { Scale } from './scales'

export interface SeedFigures {
  documents: number
  seconds: number
  images: number
}

export interface SnapshotFigures {
  milliseconds: number
  bytes: number
  gzipBytes: number
}

const PUBLISHED_COLLECTIONS = ['editions', 'forums', 'experts', 'partners', 'sessions']

/** Seeds the scale's programme through the CMS's Local API, as the seed script reports it. */
export async function measureSeed(scale: Scale, env: NodeJS.ProcessEnv): Promise<SeedFigures> {
  const { output } = await runCommand(
    'npx',
    ['tsx', 'scripts/seed.ts', ...scale.seedArguments, '--demo-accounts'],
    { cwd: CMS_ROOT, env },
  )
  const report = /seeded (\{.+\})/.exec(output)?.[1]
  if (!report) throw new Error('The seed did not report what it loaded')
  const counts = JSON.parse(report) as Record<string, number>
  const documents = PUBLISHED_COLLECTIONS.reduce((sum, key) => sum + (counts[key] ?? 0), 0)
  return { documents, seconds: counts.seconds ?? Number.NaN, images: counts.images ?? 0 }
}

/** Builds the snapshot `scale.repeats` times into `file`: the median time, the size of the last. */
export async function measureSnapshot(
  scale: Scale,
  env: NodeJS.ProcessEnv,
  file: string,
): Promise<SnapshotFigures> {
  const times: number[] = []
  for (let round = 0; round < scale.repeats; round += 1) {
    const { output } = await runCommand('npx', ['tsx', 'scripts/snapshot.ts', '--out', file], {
      cwd: CMS_ROOT,
      env,
    })
    const built = /built in (\d+) ms/.exec(output)?.[1]
    if (!built) throw new Error('The snapshot command did not report its time')
    times.push(Number(built))
  }
  const content = await readFile(file)
  return { milliseconds: median(times), bytes: content.length, gzipBytes: gzipSync(content).length }
}
