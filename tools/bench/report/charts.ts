import type { ScaleResult } from '../results'
import { type ChartSeries, type LineChart, lineChartSvg } from './lineChart'
import { kb, mib, seconds } from './format'

export interface RenderedChart {
  /** The file's name in the report's chart folder. */
  file: string
  title: string
  svg: string
}

const X_LABEL = 'sessions in the programme (logarithmic)'

/** One line through the scales: each scale's value at its number of sessions. */
function seriesOf(
  name: string,
  results: ScaleResult[],
  value: (result: ScaleResult) => number | undefined,
): ChartSeries {
  return {
    name,
    points: results.flatMap((result) => {
      const y = value(result)
      return y === undefined ? [] : [{ x: result.site.sessions, y }]
    }),
  }
}

function chart(
  results: ScaleResult[],
  spec: Omit<LineChart, 'xLabel' | 'xMarks'> & { file: string },
): RenderedChart {
  const { file, ...drawn } = spec
  const xMarks = results.map((result) => ({ x: result.site.sessions, label: result.name }))
  return { file, title: spec.title, svg: lineChartSvg({ ...drawn, xLabel: X_LABEL, xMarks }) }
}

/** Build time, peak memory and first-search bytes against scale, each scale a point. */
export function reportCharts(results: ScaleResult[]): RenderedChart[] {
  return [
    chart(results, {
      file: 'build-time.svg',
      title: 'Site build time against scale',
      yLabel: 'seconds',
      formatValue: seconds,
      series: [
        seriesOf('our build', results, (result) => result.site.build.seconds),
        seriesOf('bare Astro, as many pages', results, (result) => result.site.floor?.seconds),
      ],
    }),
    chart(results, {
      file: 'peak-memory.svg',
      title: 'Peak memory of the site build against scale',
      yLabel: 'MiB',
      formatValue: mib,
      series: [
        seriesOf('our build', results, (result) => result.site.build.peakMemoryMiB),
        seriesOf('bare Astro, as many pages', results, (result) => result.site.floor?.peakMemoryMiB),
      ],
    }),
    chart(results, {
      file: 'first-search-bytes.svg',
      title: 'Bytes the first search downloads against scale',
      yLabel: 'KB',
      formatValue: (kilobytes) => kb(kilobytes * 1024),
      series: [
        seriesOf('median query', results, (result) => result.site.search.firstQueryBytes / 1024),
        seriesOf('worst query', results, (result) => result.site.search.worstFirstQueryBytes / 1024),
      ],
    }),
  ]
}
