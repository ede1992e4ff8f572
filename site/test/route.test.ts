import { describe, expect, it } from 'vitest'

import {
  keepKnown,
  moveStop,
  parseRoute,
  readRoute,
  removeStop,
  ROUTE_KEY,
  routeShareUrl,
  serialiseRoute,
  type Stop,
  stopsFromSearch,
  toggleStop,
  writeRoute,
} from '../src/scripts/route'

function memoryStorage(): Storage {
  const values = new Map<string, string>()
  return {
    get length() {
      return values.size
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  }
}

const stand = (id: string): Stop => ({ kind: 'stand', id })
const session = (id: string): Stop => ({ kind: 'session', id })

describe('the visitor’s route', () => {
  it('keeps stops in the order they were added, each once', () => {
    let route: Stop[] = []
    route = toggleStop(route, stand('3'))
    route = toggleStop(route, session('40'))
    route = toggleStop(route, stand('1'))
    expect(route).toEqual([stand('3'), session('40'), stand('1')])
    expect(toggleStop(route, session('40'))).toEqual([stand('3'), stand('1')])
  })

  it('moves stops up and down and removes them', () => {
    const route = [stand('1'), stand('2'), session('3')]
    expect(moveStop(route, 2, -1)).toEqual([stand('1'), session('3'), stand('2')])
    expect(moveStop(route, 0, 1)).toEqual([stand('2'), stand('1'), session('3')])
    expect(moveStop(route, 0, -1)).toBe(route)
    expect(moveStop(route, 2, 1)).toBe(route)
    expect(removeStop(route, 1)).toEqual([stand('1'), session('3')])
  })

  it('is stored under a versioned key and read back checked', () => {
    const storage = memoryStorage()
    writeRoute([stand('1'), session('2')], storage)
    expect(JSON.parse(storage.getItem(ROUTE_KEY) ?? '')).toEqual({
      version: 1,
      stops: [stand('1'), session('2')],
    })
    expect(readRoute(storage)).toEqual([stand('1'), session('2')])
    storage.setItem(ROUTE_KEY, '{"version":2,"stops":[{"kind":"stand","id":"1"}]}')
    expect(readRoute(storage)).toEqual([])
    storage.setItem(ROUTE_KEY, 'not json')
    expect(readRoute(storage)).toEqual([])
  })

  it('drops malformed entries and duplicates', () => {
    const raw = JSON.stringify({
      version: 1,
      stops: [
        stand('1'),
        { kind: 'booth', id: '2' },
        { kind: 'stand', id: '<script>' },
        stand('1'),
        session('9'),
        'x',
      ],
    })
    expect(parseRoute(raw)).toEqual([stand('1'), session('9')])
  })

  it('drops stands and sessions that are no longer published', () => {
    const route = [stand('1'), session('2'), stand('3')]
    expect(keepKnown(route, { stand: new Set(['1']), session: new Set(['2']) })).toEqual([
      stand('1'),
      session('2'),
    ])
  })

  it('travels as a link that gives back the same route', () => {
    const route = [stand('12'), session('340'), stand('7')]
    const url = routeShareUrl(new URL('https://salon.example/mmso-2020/exhibition/?kind=company#map'), route)
    expect(url).toBe('https://salon.example/mmso-2020/exhibition/?route=p12,s340,p7')
    expect(stopsFromSearch(new URL(url).search)).toEqual(route)
    expect(stopsFromSearch('?route=p1,x2,s,p1,s<b>')).toEqual([stand('1')])
    expect(serialiseRoute(route)).toBe(JSON.stringify({ version: 1, stops: route }))
  })
})
