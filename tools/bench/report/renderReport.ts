import type { BenchResults, ScaleResult } from '../results'
import { type RenderedChart, reportCharts } from './charts'
import { cmsTables } from './cmsTables'
import { siteTables } from './siteTables'

export interface ReportPlaces {
  /** The results file, relative to the report. */
  resultsFile: string
  /** The folder the charts are written to, relative to the report. */
  chartFolder: string
}

export interface RenderedReport {
  markdown: string
  charts: RenderedChart[]
}

const day = (isoTime: string) => isoTime.slice(0, 10)

const HOW = { measured: 'measured', recorded: 'recorded earlier' }

/** When, where and how a scale's figures were taken, as a sentence. */
function provenance(result: ScaleResult): string {
  const how = HOW[result.source]
  const sentence = `${how[0]?.toUpperCase()}${how.slice(1)} ${day(result.measuredAt)} on ${result.machine}.`
  return result.sourceNote ? `${sentence} Figures ${result.sourceNote}.` : sentence
}

function scaleIndex(results: ScaleResult[]): string[] {
  return [
    '| scale | sessions | experts | partners | figures | on |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (result) =>
        `| ${result.name} | ${result.site.sessions} | ${result.site.experts} | ${result.site.partners} | ${HOW[result.source]} ${day(result.measuredAt)} | ${result.machine} |`,
    ),
  ]
}

function chartSection(charts: RenderedChart[], folder: string): string[] {
  return [
    '## Against scale',
    '',
    ...charts.flatMap((chart) => [`![${chart.title}](${folder}/${chart.file})`, '']),
  ]
}

function scaleSection(result: ScaleResult): string[] {
  return [
    `## ${result.label}`,
    '',
    provenance(result),
    '',
    cmsTables(result),
    '',
    siteTables(result.site),
    '',
  ]
}

/** BENCHMARKS.md and its charts, from the results alone: the same results give the same files. */
export function renderReport(results: BenchResults, places: ReportPlaces): RenderedReport {
  const charts = reportCharts(results.scales)
  const markdown = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\`, rendered from [${places.resultsFile}](${places.resultsFile}). Figures`,
    "are medians where repeated; the site's include Pagefind indexing and copying images.",
    '`npm run bench -- --scales demo` measures one scale again and keeps the others;',
    '`npm run bench -- --render-only` renders this file again without measuring.',
    '',
    ...scaleIndex(results.scales),
    '',
    ...(results.scales.length > 0 ? chartSection(charts, places.chartFolder) : []),
    ...results.scales.flatMap(scaleSection),
  ].join('\n')
  return { markdown, charts }
}
