import type { Stop } from './route'

const SVG = 'http://www.w3.org/2000/svg'

function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  return node
}

/** The stops of the route that stand on this map, with their number in the route and centre. */
export function pointsOnMap(
  map: SVGSVGElement,
  stops: Stop[],
): Array<{ number: number; x: number; y: number }> {
  return stops.flatMap((stop, index) => {
    if (stop.kind !== 'stand') return []
    const stand = map.querySelector<SVGElement>(`[data-stand-id="${CSS.escape(stop.id)}"]`)
    const x = Number(stand?.dataset.cx)
    const y = Number(stand?.dataset.cy)
    return stand && Number.isFinite(x) && Number.isFinite(y) ? [{ number: index + 1, x, y }] : []
  })
}

/** The visitor's path: a line through the chosen stands in route order, each stop numbered. */
export function drawRoute(map: SVGSVGElement, stops: Stop[]): void {
  const layer = map.querySelector('[data-route-layer]')
  if (!layer) return
  const points = pointsOnMap(map, stops)
  const chosen = new Set(stops.filter((stop) => stop.kind === 'stand').map((stop) => stop.id))
  for (const stand of map.querySelectorAll<SVGElement>('[data-stand-id]'))
    stand.classList.toggle('is-in-route', chosen.has(stand.dataset.standId ?? ''))
  layer.replaceChildren()
  if (points.length > 1) {
    layer.append(
      svgElement('polyline', {
        class: 'map-route-line',
        points: points.map((point) => `${point.x},${point.y}`).join(' '),
      }),
    )
  }
  for (const point of points) {
    const marker = svgElement('g', { class: 'map-route-stop', transform: `translate(${point.x} ${point.y})` })
    marker.append(svgElement('circle', { r: '12' }))
    const label = svgElement('text', { 'text-anchor': 'middle', y: '4' })
    label.textContent = String(point.number)
    marker.append(label)
    layer.append(marker)
  }
}
