import { describe, expect, it } from 'vitest'

import { formatShown, liveState, zoneLabel } from '../src/scripts/clock'
import { readFavourites, toggleFavourite, upgradeFavourites } from '../src/scripts/favourites'

describe('time zone switch', () => {
  it('shows an instant in the programme’s zone or in the reader’s', () => {
    expect(formatShown('2020-04-29T14:20:00.000Z', 'time', 'Europe/Moscow', 'ru-RU')).toBe('17:20')
    expect(formatShown('2020-04-29T14:20:00.000Z', 'time', 'Asia/Novosibirsk', 'ru-RU')).toBe('21:20')
    expect(formatShown('2020-04-29T22:20:00.000Z', 'date', 'Asia/Novosibirsk', 'ru-RU')).toBe(
      '30 апреля 2020',
    )
  })

  it('labels the reader zone with its offset', () => {
    expect(zoneLabel('Asia/Novosibirsk', new Date('2020-04-29T12:00:00Z'))).toBe('Asia/Novosibirsk (UTC+7)')
    expect(zoneLabel('America/New_York', new Date('2020-04-29T12:00:00Z'))).toBe('America/New York (UTC−4)')
  })
})

describe('now and next', () => {
  const sessions = [
    { start: '2020-04-29T07:00:00Z', end: '2020-04-29T08:00:00Z' },
    { start: '2020-04-29T08:30:00Z', end: '2020-04-29T09:30:00Z' },
    { start: '2020-04-29T08:30:00Z', end: '2020-04-29T09:00:00Z' },
    { start: '2020-04-29T10:00:00Z', end: '2020-04-29T11:00:00Z' },
  ]

  it('marks what is on air and what starts next', () => {
    expect(liveState(sessions, Date.parse('2020-04-29T07:30:00Z'))).toEqual(['now', 'next', 'next', null])
    expect(liveState(sessions, Date.parse('2020-04-29T08:45:00Z'))).toEqual([null, 'now', 'now', 'next'])
    expect(liveState(sessions, Date.parse('2020-04-30T00:00:00Z'))).toEqual([null, null, null, null])
  })
})

describe('favourites', () => {
  function memoryStorage(): Storage {
    const data = new Map<string, string>()
    return {
      getItem: (key) => data.get(key) ?? null,
      setItem: (key, value) => void data.set(key, value),
      removeItem: (key) => void data.delete(key),
      clear: () => data.clear(),
      key: () => null,
      get length() {
        return data.size
      },
    }
  }

  it('toggles a session in and out', () => {
    const storage = memoryStorage()
    expect(toggleFavourite('samara', storage)).toBe(true)
    expect(readFavourites(storage)).toEqual(['samara'])
    expect(toggleFavourite('samara', storage)).toBe(false)
    expect(readFavourites(storage)).toEqual([])
  })

  it('keeps stars by session id, turning stars saved by slug into ids', () => {
    const storage = memoryStorage()
    storage.setItem('programma:favourites', JSON.stringify(['samara', '7', 'gone']))
    const idsBySlug = new Map([
      ['samara', '1'],
      ['seven', '7'],
    ])
    expect(upgradeFavourites(idsBySlug, storage)).toEqual(['1', '7', 'gone'])
    expect(readFavourites(storage)).toEqual(['1', '7', 'gone'])
    // The session renamed since: its star is on its id, which the new slug's page carries too.
    expect(upgradeFavourites(new Map([['samara-2020', '1']]), storage)).toEqual(['1', '7', 'gone'])
  })

  it('survives damaged storage', () => {
    const storage = memoryStorage()
    storage.setItem('programma:favourites', '{oops')
    expect(readFavourites(storage)).toEqual([])
  })
})
