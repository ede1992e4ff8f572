import { describe, expect, it } from 'vitest'

import { formatInZone, intervalsOverlap, zonedDay, zonedTimeToUtc } from '../src/time'

describe('zonedTimeToUtc', () => {
  it('turns 17:20 in Moscow on 29 April 2020 into 14:20 UTC', () => {
    expect(zonedTimeToUtc('2020-04-29', '17:20').toISOString()).toBe('2020-04-29T14:20:00.000Z')
  })

  it('knows Moscow was UTC+4 in 2012 and other zones have summer time', () => {
    expect(zonedTimeToUtc('2012-06-01', '12:00').toISOString()).toBe('2012-06-01T08:00:00.000Z')
    expect(zonedTimeToUtc('2022-07-01', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2022-07-01T10:00:00.000Z',
    )
  })

  it.each([
    ['2020-02-30', '10:00', /no such day/],
    ['29.04.2020', '10:00', /YYYY-MM-DD/],
    ['2020-04-29', '24:00', /HH:mm/],
    ['2020-04-29', '9:5', /HH:mm/],
  ])('refuses %s %s', (date, time, message) => {
    expect(() => zonedTimeToUtc(date, time)).toThrow(message)
  })
})

describe('formatInZone and zonedDay', () => {
  it('shows an instant on the Moscow clock', () => {
    expect(formatInZone('2020-04-29T14:20:00.000Z', 'dd.MM.yyyy HH:mm')).toBe('29.04.2020 17:20')
  })

  it('puts a late-evening UTC instant on the next Moscow day', () => {
    expect(zonedDay('2020-04-29T22:30:00.000Z')).toBe('2020-04-30')
  })
})

describe('intervalsOverlap', () => {
  const a = { start: '2020-04-29T10:00:00Z', end: '2020-04-29T11:00:00Z' }
  it('sees a shared moment', () => {
    expect(intervalsOverlap(a, { start: '2020-04-29T10:30:00Z', end: '2020-04-29T12:00:00Z' })).toBe(true)
  })
  it('lets one session start as another ends', () => {
    expect(intervalsOverlap(a, { start: '2020-04-29T11:00:00Z', end: '2020-04-29T12:00:00Z' })).toBe(false)
  })
})
