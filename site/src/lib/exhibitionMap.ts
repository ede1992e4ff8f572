import type { StandSize } from '@programma/shared'

import type { AlleyWithStands, PlacedStand } from './exhibition'

/**
 * The exhibition plan as geometry, worked out at build time: each alley a walkway band
 * with stands on both sides, odd places above and even below, as stands are numbered on
 * a real exhibition floor. Sizes follow the stand's size; the SVG only draws the result.
 */
export const STAND_WIDTH: Record<StandSize, number> = { small: 100, medium: 128, large: 168 }
export const STAND_HEIGHT = 80
const STAND_GAP = 10
const WALKWAY = 34
const TITLE = 30
const ALLEY_GAP = 26
const ENTRANCE = 44
const MARGIN = 16
const MIN_WIDTH = 640
const CHARACTER_WIDTH = 6.6
const TEXT_PADDING = 16
const NAME_LINES = 3

export interface StandBox {
  placed: PlacedStand
  x: number
  y: number
  width: number
  height: number
  side: 'top' | 'bottom'
  /** Where the visitor's route passes: the stand's centre. */
  centre: { x: number; y: number }
  /** The name as it fits on the stand: up to two lines, the last cut with an ellipsis. */
  nameLines: string[]
}

export interface AlleyBand {
  group: AlleyWithStands
  titleY: number
  walkwayY: number
  walkwayHeight: number
}

export interface MapLayout {
  width: number
  height: number
  bands: AlleyBand[]
  stands: StandBox[]
}

function cut(text: string, room: number): string {
  return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`
}

/** Wraps a name onto at most `lines` lines of a stand; the full name stays in its title. */
export function fitName(name: string, width: number, lines = 2): string[] {
  const room = Math.max(4, Math.floor((width - TEXT_PADDING) / CHARACTER_WIDTH))
  const wrapped: string[] = []
  let rest = name.trim()
  while (rest && wrapped.length < lines - 1) {
    if (rest.length <= room) break
    const space = rest.lastIndexOf(' ', room)
    if (space > 0) {
      wrapped.push(rest.slice(0, space).trimEnd())
      rest = rest.slice(space).trimStart()
    } else {
      // A word longer than the stand is hyphenated rather than cut off.
      wrapped.push(`${rest.slice(0, room - 1)}-`)
      rest = rest.slice(room - 1)
    }
  }
  if (rest) wrapped.push(cut(rest, room))
  return wrapped
}

function layoutAlley(group: AlleyWithStands, top: number, nameOf: (placed: PlacedStand) => string) {
  const walkwayY = top + TITLE + STAND_HEIGHT
  const cursor = { top: ENTRANCE + MARGIN, bottom: ENTRANCE + MARGIN }
  const stands = group.stands.map((placed, index): StandBox => {
    const side = index % 2 === 0 ? 'top' : 'bottom'
    const width = STAND_WIDTH[placed.stand.size]
    const x = cursor[side]
    cursor[side] += width + STAND_GAP
    const y = side === 'top' ? walkwayY - STAND_HEIGHT : walkwayY + WALKWAY
    return {
      placed,
      x,
      y,
      width,
      height: STAND_HEIGHT,
      side,
      centre: { x: x + width / 2, y: y + STAND_HEIGHT / 2 },
      nameLines: fitName(nameOf(placed), width, NAME_LINES),
    }
  })
  const band: AlleyBand = { group, titleY: top + TITLE - 10, walkwayY, walkwayHeight: WALKWAY }
  const right = Math.max(cursor.top, cursor.bottom) - STAND_GAP + MARGIN
  const bottom = walkwayY + WALKWAY + STAND_HEIGHT
  return { band, stands, right, bottom }
}

export function layoutMap(alleys: AlleyWithStands[], nameOf: (placed: PlacedStand) => string): MapLayout {
  const bands: AlleyBand[] = []
  const stands: StandBox[] = []
  let top = MARGIN
  let width = MIN_WIDTH
  for (const group of alleys) {
    const laid = layoutAlley(group, top, nameOf)
    bands.push(laid.band)
    stands.push(...laid.stands)
    width = Math.max(width, laid.right)
    top = laid.bottom + ALLEY_GAP
  }
  return { width: Math.ceil(width), height: Math.ceil(top - ALLEY_GAP + MARGIN), bands, stands }
}
