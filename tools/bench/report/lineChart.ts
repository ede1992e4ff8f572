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

const LABEL_ABOVE = -10
const LABEL_BELOW = 20
/** Vertical room one value label takes: labels closer than this at one x are moved apart. */
const LABEL_HEIGHT = 15

export interface PlacedLabel {
  series: number
  /** The point's x, in the chart's figures. */
  at: number
  y: number
}

/**
 * Where each point's label goes: above the highest point at its x and below the others, unless
 * below would run into the x axis; labels at one x that would still overlap are stacked upwards.
 */
export function labelPositions(
  series: ChartSeries[],
  place: (point: ChartPoint) => { x: number; y: number },
): PlacedLabel[] {
  const byX = new Map<number, Array<{ series: number; point: ChartPoint }>>()
  series.forEach((entry, index) =>
    entry.points.forEach((point) =>
      byX.set(point.x, [...(byX.get(point.x) ?? []), { series: index, point }]),
    ),
  )
  return [...byX.values()].flatMap((column) => {
    const highest = Math.max(...column.map((item) => item.point.y))
    const labels = column.map((item) => {
      const { y } = place(item.point)
      const below = item.point.y < highest && y + LABEL_BELOW <= PLOT.bottom - 4
      return { series: item.series, at: item.point.x, y: y + (below ? LABEL_BELOW : LABEL_ABOVE) }
    })
    labels.sort((a, b) => b.y - a.y)
    for (let index = 1; index < labels.length; index += 1) {
      const lower = labels[index - 1] as PlacedLabel
      const label = labels[index] as PlacedLabel
      label.y = Math.min(label.y, lower.y - LABEL_HEIGHT)
    }
    return labels
  })
}

function seriesMarkup(
  entry: ChartSeries,
  index: number,
  chart: LineChart,
  place: (point: ChartPoint) => { x: number; y: number },
  labels: PlacedLabel[],
): string[] {
  const colour = COLOURS[index % COLOURS.length]
  const points = [...entry.points].sort((a, b) => a.x - b.x)
  const line = points.map((point) => `${place(point).x},${place(point).y}`).join(' ')
  return [
    `<g>`,
    `<title>${escapeXml(entry.name)}</title>`,
    `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="2.5"${dashAttribute(index)} />`,
    ...points.flatMap((point) => {
      const { x, y } = place(point)
      const labelY =
        labels.find((label) => label.series === index && label.at === point.x)?.y ?? y + LABEL_ABOVE
      return [
        `<circle cx="${x}" cy="${y}" r="4" fill="${colour}" />`,
        text(x, labelY, chart.formatValue(point.y), `text-anchor="middle" fill="${colour}" ${HALO}`),
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
  const place = (point: ChartPoint) => ({
    x: round(xPosition(point.x, domain)),
    y: round(yPosition(point.y, axis.max)),
  })
  const labels = labelPositions(series, place)
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(chart.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff" />`,
    `<g font-family="${FONT}" font-size="13" fill="#111827">`,
    text(PLOT.left, 26, chart.title, 'font-size="17" font-weight="600"'),
    ...legendMarkup(series),
    ...yAxisMarkup(axis, chart.yLabel),
    ...xAxisMarkup(drawn, domain),
    ...series.flatMap((entry, index) => seriesMarkup(entry, index, drawn, place, labels)),
    `</g>`,
    `</svg>`,
    '',
  ].join('\n')
}
