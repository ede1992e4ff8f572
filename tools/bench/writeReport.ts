import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { renderReport } from './report/renderReport'
import type { BenchResults } from './results'

/** Where the charts go, beside the report. */
export const CHART_FOLDER = 'docs/bench'

/** Renders the report from the results and writes it, with its charts beside it. */
export async function writeReport(
  results: BenchResults,
  reportFile: string,
  resultsFile: string,
): Promise<void> {
  const folder = path.dirname(reportFile)
  const { markdown, charts } = renderReport(results, {
    resultsFile: path.relative(folder, resultsFile).split(path.sep).join('/'),
    chartFolder: CHART_FOLDER,
  })
  await writeFile(reportFile, markdown)
  await mkdir(path.join(folder, CHART_FOLDER), { recursive: true })
  for (const chart of charts) await writeFile(path.join(folder, CHART_FOLDER, chart.file), chart.svg)
}
