/**
 * The visitor's route through the exhibition: stands and sessions in the order they will
 * be visited, kept in the browser under a versioned key and shareable as a link.
 * Everything read back is checked: malformed entries and ids no longer published are dropped.
 */
export const ROUTE_KEY = 'programma:route:v1'
export const ROUTE_PARAMETER = 'route'
const MAX_STOPS = 100

export type StopKind = 'stand' | 'session'

export interface Stop {
  kind: StopKind
  id: string
}

export interface KnownIds {
  stand: Set<string>
  session: Set<string>
}

const ID = /^[\w-]{1,40}$/
const PREFIX: Record<StopKind, string> = { stand: 'p', session: 's' }

function isStop(value: unknown): value is Stop {
  if (!value || typeof value !== 'object') return false
  const { kind, id } = value as Record<string, unknown>
  return (kind === 'stand' || kind === 'session') && typeof id === 'string' && ID.test(id)
}

const sameStop = (a: Stop, b: Stop) => a.kind === b.kind && a.id === b.id

function unique(stops: Stop[]): Stop[] {
  return stops
    .filter((stop, index) => stops.findIndex((other) => sameStop(other, stop)) === index)
    .slice(0, MAX_STOPS)
}

/** The stored route, or an empty one when the value is missing, of another version or broken. */
export function parseRoute(raw: string | null): Stop[] {
  try {
    const value: unknown = JSON.parse(raw ?? 'null')
    if (!value || typeof value !== 'object' || (value as { version?: unknown }).version !== 1) return []
    const stops = (value as { stops?: unknown }).stops
    return Array.isArray(stops) ? unique(stops.filter(isStop).map(({ kind, id }) => ({ kind, id }))) : []
  } catch {
    return []
  }
}

export function serialiseRoute(stops: Stop[]): string {
  return JSON.stringify({ version: 1, stops: unique(stops) })
}

export function readRoute(storage: Storage = localStorage): Stop[] {
  return parseRoute(storage.getItem(ROUTE_KEY))
}

export function writeRoute(stops: Stop[], storage: Storage = localStorage): void {
  storage.setItem(ROUTE_KEY, serialiseRoute(stops))
}

export function keepKnown(stops: Stop[], known: KnownIds): Stop[] {
  return stops.filter((stop) => known[stop.kind].has(stop.id))
}

export function hasStop(stops: Stop[], stop: Stop): boolean {
  return stops.some((other) => sameStop(other, stop))
}

/** Adds the stop at the end of the route, or takes it out when it is already there. */
export function toggleStop(stops: Stop[], stop: Stop): Stop[] {
  return hasStop(stops, stop) ? stops.filter((other) => !sameStop(other, stop)) : unique([...stops, stop])
}

/** Moves a stop one place earlier (-1) or later (+1); at either end nothing changes. */
export function moveStop(stops: Stop[], index: number, delta: -1 | 1): Stop[] {
  const target = index + delta
  if (index < 0 || index >= stops.length || target < 0 || target >= stops.length) return stops
  const moved = [...stops]
  ;[moved[index], moved[target]] = [moved[target] as Stop, moved[index] as Stop]
  return moved
}

export function removeStop(stops: Stop[], index: number): Stop[] {
  return stops.filter((_, position) => position !== index)
}

/** "p12,s340": stands (partners) and sessions by id, in the route's order. */
export function routeParameter(stops: Stop[]): string {
  return stops.map((stop) => `${PREFIX[stop.kind]}${stop.id}`).join(',')
}

export function stopsFromSearch(search: string): Stop[] {
  const value = new URLSearchParams(search).get(ROUTE_PARAMETER) ?? ''
  return unique(
    value.split(',').flatMap((part): Stop[] => {
      const kind = part.startsWith(PREFIX.stand)
        ? 'stand'
        : part.startsWith(PREFIX.session)
          ? 'session'
          : null
      const id = part.slice(1)
      return kind && ID.test(id) ? [{ kind, id }] : []
    }),
  )
}

export function routeShareUrl(page: URL, stops: Stop[]): string {
  const url = new URL(page.pathname, page.origin)
  if (stops.length > 0) url.searchParams.set(ROUTE_PARAMETER, routeParameter(stops))
  return url.href.replace(/%2C/g, ',')
}

export function sameRoute(a: Stop[], b: Stop[]): boolean {
  return a.length === b.length && a.every((stop, index) => sameStop(stop, b[index] as Stop))
}
