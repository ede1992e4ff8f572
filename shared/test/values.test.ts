import { describe, expect, it } from 'vitest'

import { whereInSnapshot } from '../src/snapshot/parse'
import { editionSlug, isKnownTimeZone, isWebUrl, RESERVED_EDITION_SLUGS } from '../src/values'

describe('values the snapshot carries', () => {
  it('takes http(s) links as browsers read them, and no link that hides another address', () => {
    expect(isWebUrl('https://example.org')).toBe(true)
    expect(isWebUrl('https://пример.рф/путь?q=1')).toBe(true)
    for (const link of [
      'https:/\\evil.example/',
      'https:evil.example',
      'javascript:alert(1)',
      'example.org',
      'ftp://x.org/',
    ]) {
      expect(isWebUrl(link), link).toBe(false)
    }
  })

  it('knows IANA time zones, and nothing else', () => {
    for (const zone of ['Europe/Moscow', 'Europe/Berlin', 'Asia/Almaty', 'UTC'])
      expect(isKnownTimeZone(zone)).toBe(true)
    for (const zone of ['Mars/Olympus', '', ' Europe/Berlin', 'MSK+1'])
      expect(isKnownTimeZone(zone)).toBe(false)
  })

  it('keeps edition slugs off every section, language and folder of the site', () => {
    for (const slug of [
      'sessions',
      'experts',
      'partners',
      'calendar',
      'search',
      'my',
      'recordings',
      'en',
      'ru',
      'media',
      'pagefind',
      '_astro',
    ]) {
      expect(RESERVED_EDITION_SLUGS.has(slug), slug).toBe(true)
    }
    expect(editionSlug.safeParse('mmso-2022').success).toBe(true)
    expect(editionSlug.safeParse('media').success).toBe(false)
  })

  it('names a document by its slug and id when a field of it is wrong', () => {
    const input = {
      sessions: [
        { id: 1, slug: 'a' },
        { id: 40, slug: 'kruglyj-stol' },
      ],
    }
    expect(whereInSnapshot(input, ['sessions', 1, 'registrationUrl'])).toBe(
      'sessions "kruglyj-stol" (id 40) → registrationUrl',
    )
    expect(whereInSnapshot(input, ['lastModified'])).toBe('lastModified')
  })
})
