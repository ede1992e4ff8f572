import { describe, expect, it } from 'vitest'

import { formatDate, formatDayRange, formatDayWithWeekday, formatTime, formatZone } from '../src/lib/format'
import { plural, show } from '../src/lib/i18n'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

describe('dates and times on the edition’s clock', () => {
  it('shows the Samara round table at 17:20 in Moscow, 16:20 in Berlin, 20:20 in Almaty', () => {
    expect(formatTime('2020-04-29T14:20:00.000Z', 'ru', 'Europe/Moscow')).toBe('17:20')
    expect(formatTime('2020-04-29T14:20:00.000Z', 'en', 'Europe/Berlin')).toBe('16:20')
    expect(formatTime('2020-04-29T14:20:00.000Z', 'ru', 'Asia/Almaty')).toBe('20:20')
    expect(formatDate('2020-04-29T14:20:00.000Z', 'ru', 'Europe/Moscow')).toBe('29 апреля 2020')
    expect(formatDate('2020-04-29T14:20:00.000Z', 'en', 'Europe/Berlin')).toBe('29 April 2020')
  })

  it('puts a late session on the next day where the edition is', () => {
    expect(formatDate('2020-04-29T22:30:00.000Z', 'en', 'Europe/Berlin')).toBe('30 April 2020')
    expect(formatDate('2020-04-29T22:30:00.000Z', 'en', 'America/New_York')).toBe('29 April 2020')
  })

  it('names the zone beside the times as the page’s language does', () => {
    expect(formatZone('Europe/Berlin', 'en', '2020-04-29T14:20:00.000Z')).toBe('CEST (UTC+2)')
    expect(formatZone('Europe/Berlin', 'en', '2020-12-01T14:20:00.000Z')).toBe('CET (UTC+1)')
    expect(formatZone('Europe/Berlin', 'ru', '2020-04-29T14:20:00.000Z')).toBe('UTC+2')
    expect(formatZone('Asia/Almaty', 'ru', '2020-04-29T14:20:00.000Z')).toBe('UTC+6')
    expect(formatZone('Europe/Berlin', 'de', '2020-04-29T14:20:00.000Z')).toBe('MESZ (UTC+2)')
  })

  it('names a zone as the host does where its snapshot says so, and only that zone', () => {
    const snapshot = sampleSnapshot()
    snapshot.timeZoneNames = [{ timeZone: 'Europe/Moscow', name: { ru: 'МСК', en: 'MSK' } }]
    new Programme(snapshot)
    try {
      expect(formatZone('Europe/Moscow', 'ru', '2020-04-29T14:20:00.000Z')).toBe('МСК (UTC+3)')
      expect(formatZone('Europe/Moscow', 'en', '2020-04-29T14:20:00.000Z')).toBe('MSK (UTC+3)')
      // A language the host gave no name in takes the default language's.
      expect(formatZone('Europe/Moscow', 'de', '2020-04-29T14:20:00.000Z')).toBe('МСК (UTC+3)')
      expect(formatZone('Europe/Berlin', 'ru', '2020-04-29T14:20:00.000Z')).toBe('UTC+2')
    } finally {
      new Programme(sampleSnapshot())
    }
    expect(formatZone('Europe/Moscow', 'ru', '2020-04-29T14:20:00.000Z')).toBe('UTC+3')
  })

  it('writes a calendar day as it is, whatever the zone of the build machine', () => {
    expect(formatDayWithWeekday('2020-04-29', 'en')).toBe('Wednesday 29 April')
    expect(formatDayWithWeekday('2020-04-29', 'ru')).toBe('среда, 29 апреля')
  })

  it('writes a range of days', () => {
    expect(formatDayRange('2022-04-29', '2022-04-30', 'ru')).toBe('29 апреля 2022 — 30 апреля 2022')
    expect(formatDayRange('2022-04-29', '2022-04-29', 'en')).toBe('29 April 2022')
  })
})

describe('languages', () => {
  it('falls back to the default language and says so', () => {
    expect(show({ ru: 'Регионы', en: null }, 'en')).toEqual({ text: 'Регионы', lang: 'ru', isFallback: true })
    expect(show({ ru: 'Регионы', en: 'Regions' }, 'en')).toEqual({
      text: 'Regions',
      lang: 'en',
      isFallback: false,
    })
    expect(show({ ru: null, en: null }, 'ru')).toBeNull()
  })

  it('uses Russian plural forms', () => {
    const forms = ['сессия', 'сессии', 'сессий'] as const
    expect([1, 2, 5, 11, 21, 22, 112].map((count) => plural(count, forms))).toEqual([
      'сессия',
      'сессии',
      'сессий',
      'сессий',
      'сессия',
      'сессии',
      'сессий',
    ])
  })
})

describe('Programme', () => {
  it('lists the days that have sessions, on the edition clock', () => {
    const data = new Programme(sampleSnapshot())
    const edition = data.editions()[0]
    if (!edition) throw new Error('no edition')
    expect(data.daysOf(edition)).toEqual(['2020-04-29'])
    expect(data.byForum(edition, '2020-04-29').map((group) => group.forum?.slug)).toEqual(['regiony'])
  })
})

describe('names on the English site', () => {
  it('are transliterated when there is no English spelling', async () => {
    const { showName } = await import('../src/lib/i18n')
    expect(showName({ ru: 'Анна Петрова', en: null }, 'en')).toEqual({
      text: 'Anna Petrova',
      lang: 'en',
      isFallback: false,
    })
    expect(showName({ ru: 'Анна Петрова', en: 'Anna Petrova-Smith' }, 'en')?.text).toBe('Anna Petrova-Smith')
    expect(showName({ ru: 'Анна Петрова', en: null }, 'ru')?.text).toBe('Анна Петрова')
  })
})
