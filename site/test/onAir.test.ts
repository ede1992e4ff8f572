import { describe, expect, it } from 'vitest'

import { onAirHref, onAirNow } from '../src/scripts/onAir'

const entry = (slug: string, start: string, end: string, status = 'scheduled') => ({
  slug,
  title: { ru: slug, en: null },
  start,
  end,
  status,
  url: { ru: `/sessions/${slug}/`, en: `/en/sessions/${slug}/` },
})

describe('on air now', () => {
  const index = [
    entry('a', '2020-04-29T14:20:00Z', '2020-04-29T15:50:00Z'),
    entry('b', '2020-04-29T16:00:00Z', '2020-04-29T17:00:00Z'),
    entry('c', '2020-04-29T14:00:00Z', '2020-04-29T15:00:00Z', 'cancelled'),
  ]

  it('lists what runs now and what starts next, leaving cancelled sessions out', () => {
    const state = onAirNow(index, Date.parse('2020-04-29T14:30:00Z'))
    expect(state.live.map((item) => item.slug)).toEqual(['a'])
    expect(state.next.map((item) => item.slug)).toEqual(['b'])
  })

  it('is empty outside the forum', () => {
    expect(onAirNow(index, Date.parse('2026-11-22T12:00:00Z'))).toEqual({ live: [], next: [] })
  })

  it('leads from a live session straight to its player', () => {
    const live = index[0]!
    expect(onAirHref(live, 'en', true)).toBe('/en/sessions/a/#player')
    expect(onAirHref(live, 'ru', false)).toBe('/sessions/a/')
  })
})
