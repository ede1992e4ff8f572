/**
 * A line chart as a standalone SVG: figures against scale, x on a logarithmic axis (the
 * scales span orders of magnitude), y linear from zero. Every point is labelled with its value.
 */

export interface ChartPoint {
  x: number
  y: number
}

export interface ChartSeries {
  name: string
  points: ChartPoint[]
}

export interface LineChart {
  title: string
  xLabel: string
  yLabel: string
  /** Ticks on the x axis, each named (the scales). */
  xMarks: Array<{ x: number; label: string }>
  series: ChartSeries[]
  /** How a point's value is written beside it. */
  formatValue: (y: number) => string
}

export const WIDTH = 720
export const HEIGHT = 400
/** The plotting area inside the title, legend, axis labels and ticks. */
export const PLOT = { left: 80, right: WIDTH - 32, top: 72, bottom: HEIGHT - 72 }

const COLOURS = ['#1f5fbf', '#c2410c', '#15803d', '#7e22ce']
/** Dashes tell the lines apart where colours do not (print, colour blindness). */
const DASHES = ['', '7 4', '2 3', '9 3 2 3']
/** A white outline under value labels, so a line running through one does not hide it. */
const HALO = 'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"'
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

const round = (value: number) => Math.round(value * 10) / 10

/** A step of 1, 2 or 5 times a power of ten, so that about `count` steps cover `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1
  const raw = span / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const residual = raw / magnitude
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
  return factor * magnitude
}

/** The y axis: from zero to the first step above the highest value, with some room for labels. */
export function yAxis(values: number[]): { max: number; ticks: number[] } {
  const highest = Math.max(0, ...values)
  const step = niceStep(highest * 1.15)
  const max = Math.max(step, Math.ceil((highest * 1.15) / step) * step)
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, index) =>
    Number((index * step).toPrecision(12)),
  )
  return { max, ticks }
}

/** Maps a value to a vertical position: zero at the bottom of the plot, `max` at its top. */
export function yPosition(value: number, max: number): number {
  return PLOT.bottom - (value / max) * (PLOT.bottom - PLOT.top)
}

/** The x axis's range in powers of ten: the values with a third of a decade either side. */
export function xDomain(values: number[]): { low: number; high: number } {
  const logs = values.filter((value) => value > 0).map((value) => Math.log10(value))
  if (logs.length === 0) return { low: 0, high: 1 }
  const low = Math.min(...logs)
  const high = Math.max(...logs)
  const margin = high - low > 0 ? (high - low) / 3 : 0.5
  return { low: low - margin, high: high + margin }
}

export function xPosition(value: number, domain: { low: number; high: number }): number {
  const share = (Math.log10(value) - domain.low) / (domain.high - domain.low)
  return PLOT.left + share * (PLOT.right - PLOT.left)
}

/** Decimals enough to tell the ticks apart, none for whole steps. */
function tickLabel(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)))
  return value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

function text(x: number, y: number, content: string, attributes = ''): string {
  return `<text x="${round(x)}" y="${round(y)}"${attributes ? ` ${attributes}` : ''}>${escapeXml(content)}</text>`
}

function yAxisMarkup(axis: { max: number; ticks: number[] }, yLabel: string): string[] {
  const step = axis.ticks[1] ?? axis.max
  const middle = (PLOT.top + PLOT.bottom) / 2
  return [
    ...axis.ticks.flatMap((tick) => {
      const y = round(yPosition(tick, axis.max))
      return [
        `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="#e5e7eb" />`,
        text(PLOT.left - 8, y + 4, tickLabel(tick, step), 'text-anchor="end"'),
      ]
    }),
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="#374151" />`,
    text(20, middle, yLabel, `text-anchor="middle" transform="rotate(-90 20 ${round(middle)})"`),
  ]
}

function xAxisMarkup(chart: LineChart, domain: { low: number; high: number }): string[] {
  return [
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#374151" />`,
    ...chart.xMarks.flatMap((mark) => {
      const x = round(xPosition(mark.x, domain))
      return [
        `<line x1="${x}" y1="${PLOT.bottom}" x2="${x}" y2="${PLOT.bottom + 5}" stroke="#374151" />`,
        text(x, PLOT.bottom + 19, mark.x.toLocaleString('en-GB'), 'text-anchor="middle"'),
        text(x, PLOT.bottom + 34, mark.label, 'text-anchor="middle" fill="#4b5563"'),
      ]
    }),
    text((PLOT.left + PLOT.right) / 2, HEIGHT - 10, chart.xLabel, 'text-anchor="middle"'),
  ]
}

function legendMarkup(series: ChartSeries[]): string[] {
  let x = PLOT.left
  return series.flatMap((entry, index) => {
    const at = x
    x += 48 + entry.name.length * 7
    return [
      `<line x1="${at}" y1="48" x2="${at + 28}" y2="48" stroke="${COLOURS[index % COLOURS.length]}" stroke-width="2.5"${dashAttribute(index)} />`,
      text(at + 34, 52, entry.name),
    ]
  })
}

function dashAttribute(index: number): string {
  const dash = DASHES[index % DASHES.length]
  return dash ? ` stroke-dasharray="${dash}"` : ''
}

/**
 * Where a point's label goes: above the highest point at its x, below the others so they do
 * not collide, unless below would run into the x axis.
 */
function labelOffset(point: ChartPoint, all: ChartSeries[], y: number): number {
  const highest = Math.max(
    ...all.flatMap((entry) => entry.points.filter((other) => other.x === point.x).map((other) => other.y)),
  )
  const above = -10
  const below = 20
  return point.y >= highest || y + below > PLOT.bottom - 4 ? above : below
}

function seriesMarkup(
  entry: ChartSeries,
  index: number,
  chart: LineChart,
  axes: { domain: { low: number; high: number }; max: number },
): string[] {
  const colour = COLOURS[index % COLOURS.length]
  const points = [...entry.points].sort((a, b) => a.x - b.x)
  const place = (point: ChartPoint) => ({
    x: round(xPosition(point.x, axes.domain)),
    y: round(yPosition(point.y, axes.max)),
  })
  const line = points.map((point) => `${place(point).x},${place(point).y}`).join(' ')
  return [
    `<g>`,
    `<title>${escapeXml(entry.name)}</title>`,
    `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2.5"${dashAttribute(index)} />`,
    ...points.flatMap((point) => {
      const { x, y } = place(point)
      return [
        `<circle cx="${x}" cy="${y}" r="4" fill="${colour}" />`,
        text(
          x,
          y + labelOffset(point, chart.series, y),
          chart.formatValue(point.y),
          `text-anchor="middle" fill="${colour}" ${HALO}`,
        ),
      ]
    }),
    `</g>`,
  ]
}

export function lineChartSvg(chart: LineChart): string {
  const series = chart.series.map((entry) => ({
    ...entry,
    points: entry.points.filter((point) => Number.isFinite(point.y) && point.x > 0),
  }))
  const drawn = { ...chart, series }
  const domain = xDomain([
    ...chart.xMarks.map((mark) => mark.x),
    ...series.flatMap((e) => e.points.map((p) => p.x)),
  ])
  const axis = yAxis(series.flatMap((entry) => entry.points.map((point) => point.y)))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(chart.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff" />`,
    `<g font-family="${FONT}" font-size="13" fill="#111827">`,
    text(PLOT.left, 26, chart.title, 'font-size="17" font-weight="600"'),
    ...legendMarkup(series),
    ...yAxisMarkup(axis, chart.yLabel),
    ...xAxisMarkup(drawn, domain),
    ...series.flatMap((entry, index) => seriesMarkup(entry, index, drawn, { domain, max: axis.max })),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n')
}
