/**
 * `npm run bench`: the cost of every part, at three scales. Generates each programme,
 * loads it through the CMS, measures seeding, the snapshot, the CMS's REST answers and the
 * site build (with search and page weights), and writes a Markdown report.
 *   npm run bench [-- --scales demo,reference,archive] [--out BENCHMARKS.md]
 * Exits non-zero only when something could not be measured, never because it is slow.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@programma/cms/demo-accounts'

import { CMS_ROOT, REPO_ROOT } from '../paths'
import { ensureCmsBuild } from '../start/cmsBuild'
import { cmsEnvironment } from './cmsEnvironment'
import { median, runCommand } from './command'
import { measureRest, type RestFigure } from './rest'
import { siteTables } from './report/siteTables'
import { type Scale, SCALES } from './scales'
import { measureSite, type SiteFigures } from './site/measureSite'

const BENCH_FOLDER = path.join(tmpdir(), 'programma-bench')

interface SeedFigures {
  documents: number
  seconds: number
  images: number
}

interface ScaleFigures {
  scale: Scale
  seed: SeedFigures
  snapshot: { milliseconds: number; bytes: number; gzipBytes: number }
  rest: RestFigure[]
  site: SiteFigures
}

async function seed(scale: Scale, env: NodeJS.ProcessEnv): Promise<SeedFigures> {
  const { output } = await runCommand(
    'npx',
    ['tsx', 'scripts/seed.ts', ...scale.seedArguments, '--demo-accounts'],
    {
      cwd: CMS_ROOT,
      env,
    },
  )
  const report = /seeded (\{.+\})/.exec(output)?.[1]
  if (!report) throw new Error('The seed did not report what it loaded')
  const counts = JSON.parse(report) as Record<string, number>
  const documents = ['editions', 'forums', 'experts', 'partners', 'sessions'].reduce(
    (sum, key) => sum + (counts[key] ?? 0),
    0,
  )
  return { documents, seconds: counts.seconds ?? Number.NaN, images: counts.images ?? 0 }
}

async function snapshot(
  scale: Scale,
  env: NodeJS.ProcessEnv,
  file: string,
): Promise<ScaleFigures['snapshot']> {
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

async function measureScale(scale: Scale): Promise<ScaleFigures> {
  const folder = path.join(BENCH_FOLDER, scale.name)
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  const env = cmsEnvironment(folder)
  console.log(`[${scale.name}] seeding…`)
  const seeded = await seed(scale, env)
  console.log(`[${scale.name}] snapshot…`)
  const snapshotFile = path.join(folder, 'snapshot.json')
  const snapshotFigures = await snapshot(scale, env, snapshotFile)
  console.log(`[${scale.name}] CMS REST…`)
  const editor = DEMO_ACCOUNTS.find((account) => account.role === 'editor')
  if (!editor) throw new Error('No demo editor account to measure with')
  const rest = await measureRest(env, { email: editor.email, password: DEMO_PASSWORD })
  console.log(`[${scale.name}] site…`)
  return {
    scale,
    seed: seeded,
    snapshot: snapshotFigures,
    rest,
    site: await measureSite({
      snapshotFile,
      mediaDir: env.MEDIA_DIR ?? '',
      folder,
      floor: true,
      repeats: scale.repeats,
    }),
  }
}

function scaleReport(figures: ScaleFigures): string {
  const { seed: seeded, snapshot: snap } = figures
  return [
    `## ${figures.scale.label}`,
    '',
    `| CMS | value |`,
    `| --- | --- |`,
    `| seeding through the Local API | ${seeded.documents} documents and ${seeded.images} images in ${seeded.seconds.toFixed(1)} s (${(seeded.documents / seeded.seconds).toFixed(0)} documents/s) |`,
    `| snapshot built (median of ${figures.scale.repeats}) | ${(snap.milliseconds / 1000).toFixed(2)} s |`,
    `| snapshot size | ${(snap.bytes / 1024 / 1024).toFixed(2)} MB, ${(snap.gzipBytes / 1024).toFixed(0)} KB gzipped |`,
    '',
    `| CMS REST, as an editor (loopback, one request at a time) | requests | p50 | p95 |`,
    `| --- | --- | --- | --- |`,
    ...figures.rest.map(
      (row) => `| ${row.query} | ${row.samples} | ${row.p50.toFixed(0)} ms | ${row.p95.toFixed(0)} ms |`,
    ),
    '',
    siteTables(figures.site),
    '',
  ].join('\n')
}

function report(sections: string[]): string {
  return [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${machine()}. Figures are medians where repeated; the site's`,
    'include Pagefind indexing and copying images. Regenerate this file with the same command.',
    '',
    ...sections,
  ].join('\n')
}

function machine(): string {
  const cores = cpus()
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`
}

const { values } = parseArgs({ options: { scales: { type: 'string' }, out: { type: 'string' } } })
const wanted = values.scales?.split(',') ?? SCALES.map((scale) => scale.name)
const unknown = wanted.filter((name) => !SCALES.some((scale) => scale.name === name))
if (unknown.length > 0) {
  console.error(
    `Unknown scale ${unknown.join(', ')}: choose from ${SCALES.map((scale) => scale.name).join(', ')}`,
  )
  process.exit(2)
}
const out = path.resolve(process.env.INIT_CWD ?? REPO_ROOT, values.out ?? 'BENCHMARKS.md')

try {
  await ensureCmsBuild(cmsEnvironment(BENCH_FOLDER))
  const sections: string[] = []
  for (const scale of SCALES.filter((candidate) => wanted.includes(candidate.name))) {
    sections.push(scaleReport(await measureScale(scale)))
    // Written after every scale, so a long run keeps what it has measured so far.
    await writeFile(out, report(sections))
  }
  console.log(`${report(sections)}\n\nWritten to ${out} (${(await stat(out)).size} bytes).`)
} catch (error) {
  console.error(`The bench could not measure: ${(error as Error).message}`)
  process.exit(1)
}
