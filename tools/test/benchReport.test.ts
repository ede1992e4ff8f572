import { describe, expect, it } from 'vitest'

import { renderReport } from '../bench/report/renderReport'
import { type BenchResults, emptyResults, type ScaleResult, withScale } from '../bench/results'

/** A scale's figures, each distinct enough to be found in the report by itself. */
function scaleResult(
  name: string,
  sessions: number,
  factor: number,
  source: ScaleResult['source'],
): ScaleResult {
  return {
    name,
    label: `The ${name} programme`,
    repeats: 3,
    measuredAt: `2026-11-2${factor}T10:00:00.000Z`,
    machine: '2 × Test CPU, 8 GiB, Node v24.0.0',
    source,
    ...(source === 'recorded' ? { sourceNote: 'as printed in BENCHMARKS.md at commit abc1234' } : {}),
    cms: {
      seed: { documents: 400 * factor, seconds: 10 * factor, images: 30 * factor },
      snapshot: { milliseconds: 300 * factor, bytes: 1_048_576 * factor, gzipBytes: 81_920 * factor },
      rest: [{ query: 'one session for its edit view', samples: 50, p50: 10 + factor, p95: 20 + factor }],
    },
    site: {
      sessions,
      experts: sessions * 3,
      partners: sessions / 10,
      build: {
        seconds: 6 * factor + 0.2,
        peakMemoryMiB: 700 + factor,
        indexingSeconds: 0.4 * factor,
        generation: {
          calendars: { files: 800 * factor, milliseconds: 1100 * factor },
          exports: { files: 19 * factor, milliseconds: 200 * factor },
          pages: { files: 1200 * factor, milliseconds: 2000 * factor },
        },
      },
      pages: 1200 * factor,
      floor: { pages: 1200 * factor, seconds: 1.4 * factor, peakMemoryMiB: 400 + factor },
      searchIndexBytes: 1_300_000 * factor,
      weights: [{ type: 'home', html: 2970, css: 3480, js: 615, images: 0 }],
      search: {
        queries: 6,
        firstQueryBytes: 138_547 * factor,
        worstFirstQueryBytes: 150_426 * factor,
        latencyMs: 133 + factor,
        worstLatencyMs: 142 + factor,
      },
    },
  }
}

const ORDER = ['demo', 'reference', 'archive']
const results: BenchResults = [
  scaleResult('archive', 3500, 3, 'recorded'),
  scaleResult('demo', 150, 1, 'measured'),
].reduce((all, result) => withScale(all, result, ORDER), emptyResults())
const places = { resultsFile: 'BENCHMARKS.json', chartFolder: 'docs/bench' }

describe('the report rendered from the results', () => {
  const { markdown, charts } = renderReport(results, places)

  it('has a section for every scale, in the order of the scales', () => {
    const demo = markdown.indexOf('## The demo programme')
    const archive = markdown.indexOf('## The archive programme')
    expect(demo).toBeGreaterThan(0)
    expect(archive).toBeGreaterThan(demo)
  })

  it("holds every scale's figures as the tables write them", () => {
    for (const expected of [
      '| seeding through the Local API | 400 documents and 30 images in 10.0 s (40 documents/s) |',
      '| snapshot size | 3.00 MB, 240 KB gzipped |',
      '| one session for its edit view | 50 | 11 ms | 21 ms |',
      '| site build from the snapshot (pages, images, search index) | 6.2 s |',
      '| site build from the snapshot (pages, images, search index) | 18.2 s |',
      '| peak memory of the build | 703 MiB |',
      '| bare Astro, 3600 trivial pages | 4.2 s, 403 MiB |',
      '| bytes fetched from opening the search page to the first results | 135.3 KB | 146.9 KB |',
      '| home | 2.9 KB | 3.4 KB | 0.6 KB | 0.0 KB | 6.9 KB |',
    ])
      expect(markdown).toContain(expected)
  })

  it('tells measured figures from recorded ones, with their dates and machines', () => {
    expect(markdown).toContain(
      '| demo | 150 | 450 | 15 | measured 2026-11-21 | 2 × Test CPU, 8 GiB, Node v24.0.0 |',
    )
    expect(markdown).toContain('| archive | 3500 | 10500 | 350 | recorded earlier 2026-11-23 |')
    expect(markdown).toContain('Measured 2026-11-21 on 2 × Test CPU, 8 GiB, Node v24.0.0.')
    expect(markdown).toContain(
      'Recorded earlier 2026-11-23 on 2 × Test CPU, 8 GiB, Node v24.0.0. Figures as printed in BENCHMARKS.md at commit abc1234.',
    )
  })

  it('links the results and a chart of build time, peak memory and first-search bytes', () => {
    expect(markdown).toContain('[BENCHMARKS.json](BENCHMARKS.json)')
    expect(charts.map((chart) => chart.file)).toEqual([
      'build-time.svg',
      'peak-memory.svg',
      'first-search-bytes.svg',
    ])
    for (const chart of charts) expect(markdown).toContain(`![${chart.title}](docs/bench/${chart.file})`)
  })

  it("draws each scale's value at its number of sessions", () => {
    const [buildTime, peakMemory, firstSearch] = charts
    expect(buildTime?.svg).toContain('>6.2 s<')
    expect(buildTime?.svg).toContain('>18.2 s<')
    expect(buildTime?.svg).toContain('>4.2 s<')
    expect(peakMemory?.svg).toContain('>701 MiB<')
    expect(peakMemory?.svg).toContain('>703 MiB<')
    expect(firstSearch?.svg).toContain('>135.3 KB<')
    expect(firstSearch?.svg).toContain('>405.9 KB<')
    for (const chart of charts) {
      expect(chart.svg).toContain('>3,500<')
      expect(chart.svg).toContain('>150<')
    }
  })

  it('is the same for the same results', () => {
    expect(renderReport(results, places)).toEqual({ markdown, charts })
  })

  it('writes a dash for a figure that could not be measured, which JSON keeps as null', () => {
    const demo = scaleResult('demo', 150, 1, 'measured')
    const stored = JSON.parse(
      JSON.stringify({ ...demo, cms: { ...demo.cms, seed: { ...demo.cms.seed, seconds: Number.NaN } } }),
    ) as ScaleResult
    const rendered = renderReport(withScale(emptyResults(), stored, ORDER), places).markdown
    expect(rendered).toContain(
      '| seeding through the Local API | 400 documents and 30 images in — s (— documents/s) |',
    )
  })

  it('says there is nothing yet when no scale was measured', () => {
    const empty = renderReport(emptyResults(), places)
    expect(empty.markdown).toContain('# Benchmarks')
    expect(empty.markdown).not.toContain('![')
  })
})

describe('results of a new measurement', () => {
  it('replace the earlier figures of their scale and keep the others', () => {
    const again = withScale(results, scaleResult('demo', 151, 2, 'measured'), ORDER)
    expect(again.scales.map((scale) => [scale.name, scale.site.sessions])).toEqual([
      ['demo', 151],
      ['archive', 3500],
    ])
  })

  it('go in the order of the scales, whatever order they were measured in', () => {
    const all = withScale(results, scaleResult('reference', 350, 2, 'measured'), ORDER)
    expect(all.scales.map((scale) => scale.name)).toEqual(ORDER)
  })
})
