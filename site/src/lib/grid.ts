import type { Locale, SnapshotSession } from '@programma/shared'

import { showText } from './i18n'

export const GRID_STEP_MINUTES = 5

export interface GridCell {
  session: SnapshotSession
  column: number
  rowStart: number
  rowEnd: number
}

export interface DayGrid {
  places: string[]
  /** The first row's instant; each row is GRID_STEP_MINUTES long. */
  origin: number
  rows: number
  cells: GridCell[]
}

const STEP = GRID_STEP_MINUTES * 60_000

/** Lays a day's sessions out by place (columns) and time (rows of five minutes). */
export function dayGrid(sessions: SnapshotSession[], locale: Locale, onlineLabel: string): DayGrid {
  const placeOf = (session: SnapshotSession) => showText(session.place.hall, locale) || onlineLabel
  const places = [...new Set(sessions.map(placeOf))].sort((a, b) => a.localeCompare(b, locale))
  const starts = sessions.map((session) => Date.parse(session.start))
  const ends = sessions.map((session) => Date.parse(session.end))
  const origin = Math.floor(Math.min(...starts) / (30 * 60_000)) * 30 * 60_000
  const last = Math.ceil(Math.max(...ends) / (30 * 60_000)) * 30 * 60_000
  const row = (instant: number) => Math.round((instant - origin) / STEP) + 1
  return {
    places,
    origin,
    rows: Math.max(1, row(last) - 1),
    cells: sessions.map((session) => ({
      session,
      column: places.indexOf(placeOf(session)) + 1,
      rowStart: row(Date.parse(session.start)),
      rowEnd: Math.max(row(Date.parse(session.end)), row(Date.parse(session.start)) + 1),
    })),
  }
}

/** Half-hour marks down the side of the grid. */
export function halfHours(grid: DayGrid): Array<{ instant: string; row: number }> {
  const marks: Array<{ instant: string; row: number }> = []
  for (let row = 1; row <= grid.rows; row += 30 / GRID_STEP_MINUTES) {
    marks.push({ instant: new Date(grid.origin + (row - 1) * STEP).toISOString(), row })
  }
  return marks
}

/** For a session outside any forum: the site's own blue. */
const NO_FORUM_COLOUR = '#1d4fa3'

/** Where a session sits in the grid's CSS grid, in its forum's colour. */
export function cellStyle(cell: GridCell, forumColour: string | undefined): string {
  return `grid-column: ${cell.column + 1}; grid-row: ${cell.rowStart + 1} / ${cell.rowEnd + 1}; --forum: ${forumColour ?? NO_FORUM_COLOUR}`
}
