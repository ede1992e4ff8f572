import { describe, expect, it } from 'vitest'

import { cellStyle, dayGrid, halfHours } from '../src/lib/grid'
import { sampleSnapshot } from './sampleSnapshot'

describe('day grid', () => {
  const [samara] = sampleSnapshot().sessions
  const other = {
    ...samara!,
    slug: 'other',
    start: '2020-04-29T15:00:00.000Z',
    end: '2020-04-29T16:00:00.000Z',
    place: { hall: { ru: 'Студия 1', en: null }, online: true },
  }

  it('puts each place in a column and each session over its minutes', () => {
    const grid = dayGrid([samara!, other], 'ru', 'Онлайн')
    expect(grid.places).toEqual(['Онлайн', 'Студия 1'])
    expect(new Date(grid.origin).toISOString()).toBe('2020-04-29T14:00:00.000Z')
    expect(grid.cells.map((cell) => [cell.column, cell.rowStart, cell.rowEnd])).toEqual([
      [1, 5, 23],
      [2, 13, 25],
    ])
    expect(grid.rows).toBe(24)
    expect(halfHours(grid).map((mark) => mark.row)).toEqual([1, 7, 13, 19])
  })

  it('places a session’s cell in its column and rows, in its forum’s colour or the site’s blue', () => {
    const [cell] = dayGrid([samara!], 'ru', 'Онлайн').cells
    expect(cellStyle(cell!, '#c2255c')).toBe('grid-column: 2; grid-row: 6 / 24; --forum: #c2255c')
    expect(cellStyle(cell!, undefined)).toBe('grid-column: 2; grid-row: 6 / 24; --forum: #1d4fa3')
  })
})
