import sax from 'sax'
import { describe, expect, it } from 'vitest'

import {
  escapeXml,
  type LineChart,
  lineChartSvg,
  niceStep,
  PLOT,
  xDomain,
  xPosition,
  yAxis,
  yPosition,
} from '../bench/report/lineChart'

interface Element {
  name: string
  attributes: Record<string, string>
  text: string
}

/** Every element of the document with its attributes and own text; throws on XML that is not well formed. */
function parseXml(xml: string): Element[] {
  const parser = sax.parser(true, {})
  const elements: Element[] = []
  const open: Element[] = []
  parser.onopentag = (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' }
    elements.push(element)
    open.push(element)
  }
  parser.ontext = (text) => {
    const current = open.at(-1)
    if (current) current.text += text
  }
  parser.onclosetag = () => void open.pop()
  parser.onerror = (error) => {
    throw error
  }
  parser.write(xml).close()
  return elements
}

const chart: LineChart = {
  title: 'Build time <against> "scale" & size',
  xLabel: 'sessions',
  yLabel: 'seconds',
  xMarks: [
    { x: 150, label: 'demo' },
    { x: 350, label: 'reference' },
    { x: 3500, label: 'archive' },
  ],
  series: [
    {
      name: 'our build',
      points: [
        { x: 150, y: 6.2 },
        { x: 350, y: 12.7 },
        { x: 3500, y: 116 },
      ],
    },
    {
      name: 'bare Astro',
      points: [
        { x: 150, y: 1.4 },
        { x: 350, y: 2.7 },
        { x: 3500, y: 20.2 },
      ],
    },
  ],
  formatValue: (value) => `${value.toFixed(1)} s`,
}

const numberOf = (element: Element | undefined, attribute: string) => Number(element?.attributes[attribute])

describe('the line chart', () => {
  it('is well-formed SVG with its title escaped', () => {
    const elements = parseXml(lineChartSvg(chart))
    expect(elements[0]?.name).toBe('svg')
    expect(elements[0]?.attributes.xmlns).toBe('http://www.w3.org/2000/svg')
    const title = elements.find((element) => element.name === 'title')
    expect(title?.text).toBe(chart.title)
    expect(lineChartSvg(chart)).not.toContain('<against>')
  })

  it("writes every point's value, every scale's name and both series' names", () => {
    const texts = parseXml(lineChartSvg(chart))
      .filter((element) => element.name === 'text')
      .map((element) => element.text)
    for (const value of ['6.2 s', '12.7 s', '116.0 s', '1.4 s', '2.7 s', '20.2 s'])
      expect(texts).toContain(value)
    for (const name of [
      'demo',
      'reference',
      'archive',
      '3,500',
      'our build',
      'bare Astro',
      'sessions',
      'seconds',
    ])
      expect(texts).toContain(name)
  })

  it('places larger values higher and more sessions further right, inside the plot', () => {
    const circles = parseXml(lineChartSvg(chart)).filter((element) => element.name === 'circle')
    expect(circles).toHaveLength(6)
    const [demo, reference, archive] = circles
    expect(numberOf(demo, 'cx')).toBeLessThan(numberOf(reference, 'cx'))
    expect(numberOf(reference, 'cx')).toBeLessThan(numberOf(archive, 'cx'))
    expect(numberOf(demo, 'cy')).toBeGreaterThan(numberOf(reference, 'cy'))
    expect(numberOf(reference, 'cy')).toBeGreaterThan(numberOf(archive, 'cy'))
    for (const circle of circles) {
      expect(numberOf(circle, 'cx')).toBeGreaterThan(PLOT.left)
      expect(numberOf(circle, 'cx')).toBeLessThan(PLOT.right)
      expect(numberOf(circle, 'cy')).toBeGreaterThanOrEqual(PLOT.top)
      expect(numberOf(circle, 'cy')).toBeLessThanOrEqual(PLOT.bottom)
    }
  })

  it('keeps value labels at one scale apart, even when both points sit near the x axis', () => {
    const low: LineChart = {
      ...chart,
      series: [
        {
          name: 'our build',
          points: [
            { x: 150, y: 7 },
            { x: 3500, y: 116 },
          ],
        },
        {
          name: 'bare Astro',
          points: [
            { x: 150, y: 1.4 },
            { x: 3500, y: 20.2 },
          ],
        },
      ],
    }
    const texts = parseXml(lineChartSvg(low)).filter((element) => element.name === 'text')
    const labelY = (value: string) =>
      numberOf(
        texts.find((element) => element.text === value),
        'y',
      )
    expect(Math.abs(labelY('7.0 s') - labelY('1.4 s'))).toBeGreaterThanOrEqual(15)
    for (const value of ['7.0 s', '1.4 s', '116.0 s', '20.2 s'])
      expect(labelY(value)).toBeLessThan(PLOT.bottom)
  })

  it('leaves out points that are not figures instead of drawing NaN', () => {
    const svg = lineChartSvg({
      ...chart,
      series: [
        {
          name: 'our build',
          points: [
            { x: 150, y: Number.NaN },
            { x: 350, y: 3 },
          ],
        },
      ],
    })
    expect(svg).not.toContain('NaN')
    expect(parseXml(svg).filter((element) => element.name === 'circle')).toHaveLength(1)
  })
})

describe("the chart's axes", () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(116 * 1.15)).toBe(50)
    expect(niceStep(9)).toBe(2)
    expect(niceStep(0.7)).toBe(0.2)
    expect(niceStep(0)).toBe(1)
  })

  it('run y from zero to a step above the highest value', () => {
    const axis = yAxis([6.2, 12.7, 116])
    expect(axis.ticks[0]).toBe(0)
    expect(axis.max).toBeGreaterThan(116)
    expect(axis.ticks.at(-1)).toBe(axis.max)
    expect(yPosition(0, axis.max)).toBe(PLOT.bottom)
    expect(yPosition(axis.max, axis.max)).toBe(PLOT.top)
    expect(yAxis([]).max).toBeGreaterThan(0)
  })

  it('run x logarithmically, a tenfold step always the same width', () => {
    const domain = xDomain([100, 1000, 10_000])
    const first = xPosition(1000, domain) - xPosition(100, domain)
    const second = xPosition(10_000, domain) - xPosition(1000, domain)
    expect(first).toBeGreaterThan(0)
    expect(second).toBeCloseTo(first, 6)
    const single = xDomain([350])
    expect(xPosition(350, single)).toBeCloseTo((PLOT.left + PLOT.right) / 2, 6)
  })
})

describe('text put into SVG', () => {
  it('has every character XML gives a meaning escaped', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&#60;a href=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/a&#62;',
    )
  })
})
