import type { FormState } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepWallClock } from '../../src/components/sessionZone/keepWallClock'
import { zoneUpdates } from '../../src/components/sessionZone/zoneUpdates'

describe('keepWallClock', () => {
  it('keeps the reading: 10:00 in Moscow becomes 10:00 in Samara, an hour earlier', () => {
    expect(keepWallClock('2021-05-20T07:00:00.000Z', 'Europe/Moscow', 'Europe/Samara')).toBe(
      '2021-05-20T06:00:00.000Z',
    )
  })

  it('keeps the day where the reading is near midnight', () => {
    expect(keepWallClock('2021-05-20T21:30:00.000Z', 'Europe/Moscow', 'Asia/Novosibirsk')).toBe(
      '2021-05-20T17:30:00.000Z',
    )
  })

  it('keeps the seconds past the minute', () => {
    expect(keepWallClock('2021-05-20T07:00:42.123Z', 'Europe/Moscow', 'Europe/Samara')).toBe(
      '2021-05-20T06:00:42.123Z',
    )
  })

  it('follows summer time in the new zone', () => {
    expect(keepWallClock('2024-07-01T07:00:00.000Z', 'Europe/Moscow', 'Europe/Berlin')).toBe(
      '2024-07-01T08:00:00.000Z',
    )
  })

  it('leaves an instant whose reading the new zone skips (02:30 as Berlin enters summer time)', () => {
    const halfPastTwoInMoscow = '2024-03-30T23:30:00.000Z'
    expect(keepWallClock(halfPastTwoInMoscow, 'Europe/Moscow', 'Europe/Berlin')).toBe(halfPastTwoInMoscow)
  })

  it('leaves the instant as it is in the same zone', () => {
    expect(keepWallClock('2021-05-20T07:00:42.5Z', 'Europe/Samara', 'Europe/Samara')).toBe(
      '2021-05-20T07:00:42.5Z',
    )
  })

  it('leaves a value that is no instant', () => {
    expect(keepWallClock('not a date', 'Europe/Moscow', 'Europe/Samara')).toBe('not a date')
  })
})

function formState(values: Record<string, unknown>): FormState {
  return Object.fromEntries(Object.entries(values).map(([path, value]) => [path, { value }]))
}

describe('zoneUpdates', () => {
  it('moves each time typed to the new zone on the clock it was typed on, and every zone beside one', () => {
    const fields = formState({
      start: '2021-05-20T07:00:00.000Z',
      start_tz: 'Europe/Moscow',
      end: '2021-05-20T08:30:00.000Z',
      end_tz: 'Europe/Moscow',
      'recording.publishedAt': null,
      'recording.publishedAt_tz': 'Europe/Moscow',
      title: 'Круглый стол',
    })
    expect(zoneUpdates(fields, 'Europe/Samara', 'Asia/Novosibirsk')).toEqual([
      { path: 'start', value: '2021-05-20T06:00:00.000Z' },
      { path: 'start_tz', value: 'Europe/Samara' },
      { path: 'end', value: '2021-05-20T07:30:00.000Z' },
      { path: 'end_tz', value: 'Europe/Samara' },
      { path: 'recording.publishedAt_tz', value: 'Europe/Samara' },
    ])
  })

  it('reads a time with no zone beside it on the clock it is shown on', () => {
    const fields = formState({ start: '2021-05-20T03:00:00.000Z', start_tz: null })
    expect(zoneUpdates(fields, 'Europe/Samara', 'Asia/Novosibirsk')).toEqual([
      { path: 'start', value: '2021-05-20T06:00:00.000Z' },
      { path: 'start_tz', value: 'Europe/Samara' },
    ])
  })

  it('changes nothing where the times are in that zone already', () => {
    const fields = formState({
      start: '2021-05-20T06:00:00.000Z',
      start_tz: 'Europe/Samara',
      end: '2021-05-20T07:30:00.000Z',
      end_tz: 'Europe/Samara',
    })
    expect(zoneUpdates(fields, 'Europe/Samara', 'Asia/Novosibirsk')).toEqual([])
  })

  it('sets the zone but keeps the instant of a time the new zone skips', () => {
    const fields = formState({ start: '2024-03-30T23:30:00.000Z', start_tz: 'Europe/Moscow' })
    expect(zoneUpdates(fields, 'Europe/Berlin', 'Europe/Moscow')).toEqual([
      { path: 'start_tz', value: 'Europe/Berlin' },
    ])
  })
})
