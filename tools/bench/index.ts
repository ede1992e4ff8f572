/**
 * `npm run bench`: the cost of every part, at three scales. Generates each programme, loads
 * it through the CMS, measures seeding, the snapshot, the CMS's REST answers and the site
 * build (with search and page weights), keeps every figure in BENCHMARKS.json and renders
 * BENCHMARKS.md, with charts, from it.
 *   npm run bench [-- --scales demo,reference,archive] [--results BENCHMARKS.json] [--out BENCHMARKS.md]
 *   npm run bench -- --render-only     renders the report again from the results, measuring nothing
 * Scales measured replace their earlier figures; the others are kept as they were.
 * Exits non-zero only when something could not be measured, never because it is slow.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { REPO_ROOT } from '../paths'
import { ensureCmsBuild } from '../start/cmsBuild'
import { cmsEnvironment } from './cmsEnvironment'
import { measureScale } from './measureScale'
import { readResults, withScale, writeResults } from './results'
import { type Scale, SCALES } from './scales'
import { writeReport } from './writeReport'

const BENCH_FOLDER = path.join(tmpdir(), 'programma-bench')

const { values } = parseArgs({
  options: {
    scales: { type: 'string' },
    results: { type: 'string', default: 'BENCHMARKS.json' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'render-only': { type: 'boolean', default: false },
  },
})
// Paths as the user wrote them: relative to where `npm run` was typed, not to tools/.
const fromCommandLine = (file: string) => path.resolve(process.env.INIT_CWD ?? REPO_ROOT, file)
const resultsFile = fromCommandLine(values.results)
const reportFile = fromCommandLine(values.out)

function wantedScales(list: string | undefined): Scale[] {
  const names = list?.split(',').map((name) => name.trim()) ?? SCALES.map((scale) => scale.name)
  const unknown = names.filter((name) => !SCALES.some((scale) => scale.name === name))
  if (unknown.length > 0) {
    console.error(
      `Unknown scale ${unknown.join(', ')}: choose from ${SCALES.map((scale) => scale.name).join(', ')}`,
    )
    process.exit(2)
  }
  return SCALES.filter((scale) => names.includes(scale.name))
}

async function measure(scales: Scale[]): Promise<void> {
  await ensureCmsBuild(cmsEnvironment(BENCH_FOLDER))
  let results = await readResults(resultsFile)
  for (const scale of scales) {
    const result = await measureScale(scale, path.join(BENCH_FOLDER, scale.name))
    results = withScale(
      results,
      result,
      SCALES.map((known) => known.name),
    )
    // Written after every scale, so a long run keeps what it has measured so far.
    await writeResults(resultsFile, results)
    await writeReport(results, reportFile, resultsFile)
    console.log(`[${scale.name}] measured; ${path.relative(REPO_ROOT, resultsFile)} and the report updated.`)
  }
}

try {
  if (values['render-only']) {
    await writeReport(await readResults(resultsFile), reportFile, resultsFile)
  } else {
    await measure(wantedScales(values.scales))
  }
  console.log(`Report: ${reportFile}\nFigures: ${resultsFile}`)
} catch (error) {
  console.error(
    `The bench could not ${values['render-only'] ? 'render' : 'measure'}: ${(error as Error).message}`,
  )
  process.exit(1)
}
