import { describe, expect, it } from 'vitest'

import { joinShown, quoted, show, showHtml } from '../src/lib/i18n'

describe('short texts joined', () => {
  const position = { ru: 'Директор', en: 'Director' }
  const organisation = { ru: 'Школа № 5', en: null }

  it('shows each in the page’s language, or in Russian, and leaves the empty ones out', () => {
    expect(joinShown([position, { ru: null, en: null }, organisation], 'en')).toBe('Director, Школа № 5')
    expect(joinShown([position, organisation], 'ru', ' · ')).toBe('Директор · Школа № 5')
    expect(joinShown([{ ru: null, en: null }], 'ru')).toBe('')
  })
})

describe('rich text', () => {
  it('is in the page’s language when translated', () => {
    expect(showHtml({ ru: '<p>Да</p>', en: '<p>Yes</p>' }, 'en')).toEqual({
      html: '<p>Yes</p>',
      lang: 'en',
      isFallback: false,
    })
  })

  it('falls back to the Russian, marked as such', () => {
    expect(showHtml({ ru: '<p>Да</p>', en: null }, 'en')).toEqual({
      html: '<p>Да</p>',
      lang: 'ru',
      isFallback: true,
    })
    expect(showHtml({ ru: '<p>Да</p>', en: null }, 'ru')).toEqual({
      html: '<p>Да</p>',
      lang: 'ru',
      isFallback: false,
    })
  })

  it('is nothing when there is none', () => {
    expect(showHtml({ ru: null, en: null }, 'en')).toBeNull()
    expect(showHtml({ ru: '', en: null }, 'ru')).toBeNull()
  })
})

describe('quotations', () => {
  it('take the marks of the language they are in', () => {
    expect(quoted(show({ ru: 'Школа', en: 'School' }, 'en')!)).toBe('“School”')
    expect(quoted(show({ ru: 'Школа', en: null }, 'en')!)).toBe('«Школа»')
  })
})
