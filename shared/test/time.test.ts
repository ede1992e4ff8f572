import { describe, expect, it } from 'vitest'

import { formatInZone, intervalsOverlap, zonedDay, zonedIso, zonedTimeToUtc } from '../src/time'
import { utcOffset, zoneLabel } from '../src/zones'

describe('zonedTimeToUtc', () => {
  it('turns 17:20 in Moscow on 29 April 2020 into 14:20 UTC', () => {
    expect(zonedTimeToUtc('2020-04-29', '17:20', 'Europe/Moscow').toISOString()).toBe(
      '2020-04-29T14:20:00.000Z',
    )
  })

  it('knows Moscow was UTC+4 in 2012 and other zones have summer time', () => {
    expect(zonedTimeToUtc('2012-06-01', '12:00', 'Europe/Moscow').toISOString()).toBe(
      '2012-06-01T08:00:00.000Z',
    )
    expect(zonedTimeToUtc('2022-07-01', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2022-07-01T10:00:00.000Z',
    )
    expect(zonedTimeToUtc('2022-01-10', '12:00', 'Europe/Berlin').toISOString()).toBe(
      '2022-01-10T11:00:00.000Z',
    )
  })

  it.each([
    ['2020-02-30', '10:00', /no such day/],
    ['29.04.2020', '10:00', /YYYY-MM-DD/],
    ['2020-04-29', '24:00', /HH:mm/],
    ['2020-04-29', '9:5', /HH:mm/],
    ['2022-03-27', '02:30', /clocks skip it/],
  ])('refuses %s %s', (date, time, message) => {
    expect(() => zonedTimeToUtc(date, time, 'Europe/Berlin')).toThrow(message)
  })
})

describe('zonedTimeToUtc around a change of clocks', () => {
  it('reads the hour after summer time begins, and the repeated hour when it ends', () => {
    expect(zonedTimeToUtc('2022-03-27', '03:00', 'Europe/Berlin').toISOString()).toBe(
      '2022-03-27T01:00:00.000Z',
    )
    expect(zonedTimeToUtc('2022-10-30', '02:30', 'Europe/Berlin').getTime()).not.toBeNaN()
  })
})

describe('formatInZone, zonedDay and zonedIso', () => {
  it('shows an instant on the clock of the zone it is given', () => {
    const instant = '2020-04-29T14:20:00.000Z'
    expect(formatInZone(instant, 'dd.MM.yyyy HH:mm', 'Europe/Moscow')).toBe('29.04.2020 17:20')
    expect(formatInZone(instant, 'dd.MM.yyyy HH:mm', 'Europe/Berlin')).toBe('29.04.2020 16:20')
    expect(formatInZone(instant, 'dd.MM.yyyy HH:mm', 'Asia/Almaty')).toBe('29.04.2020 20:20')
  })

  it('puts a late-evening UTC instant on the next day east of Greenwich, the same day west of it', () => {
    expect(zonedDay('2020-04-29T22:30:00.000Z', 'Europe/Berlin')).toBe('2020-04-30')
    expect(zonedDay('2020-04-29T22:30:00.000Z', 'America/New_York')).toBe('2020-04-29')
  })

  it('writes ISO 8601 with the offset of the zone on that day', () => {
    expect(zonedIso('2020-04-29T14:20:00.000Z', 'Europe/Berlin')).toBe('2020-04-29T16:20:00+02:00')
    expect(zonedIso('2020-12-01T14:20:00.000Z', 'Europe/Berlin')).toBe('2020-12-01T15:20:00+01:00')
    expect(zonedIso('2020-04-29T14:20:00.000Z', 'Asia/Almaty')).toBe('2020-04-29T20:20:00+06:00')
    expect(zonedIso('2020-04-29T14:20:00.000Z', 'UTC')).toBe('2020-04-29T14:20:00+00:00')
  })
})

describe('zone labels', () => {
  const summer = '2020-04-29T14:20:00.000Z'
  const winter = '2020-12-01T14:20:00.000Z'

  it('writes the offset from UTC, summer time and half hours included', () => {
    expect(utcOffset('Europe/Berlin', summer)).toBe('UTC+2')
    expect(utcOffset('Europe/Berlin', winter)).toBe('UTC+1')
    expect(utcOffset('Asia/Kolkata', summer)).toBe('UTC+5:30')
    expect(utcOffset('America/New_York', winter)).toBe('UTC−5')
    expect(utcOffset('UTC', summer)).toBe('UTC')
  })

  it('names the zone as the language does, or gives the offset where it has no name but GMT+n', () => {
    expect(zoneLabel('Europe/Berlin', 'en-GB', summer)).toBe('CEST (UTC+2)')
    expect(zoneLabel('Europe/Berlin', 'en-GB', winter)).toBe('CET (UTC+1)')
    expect(zoneLabel('Europe/Berlin', 'de', summer)).toBe('MESZ (UTC+2)')
    expect(zoneLabel('Europe/Berlin', 'ru', summer)).toBe('UTC+2')
    expect(zoneLabel('Europe/Moscow', 'ru', summer)).toBe('UTC+3')
    expect(zoneLabel('Asia/Almaty', 'en-GB', summer)).toBe('UTC+6')
    expect(zoneLabel('UTC', 'en-GB', summer)).toBe('UTC')
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
