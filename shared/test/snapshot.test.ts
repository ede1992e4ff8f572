import { describe, expect, it } from 'vitest'

import { type Snapshot, parseSnapshot, SNAPSHOT_SCHEMA_VERSION } from '../src/snapshot'
import { programmeSnapshot } from './fixtures/programme'

/** The fixture as an English-only host would publish it: no Russian anywhere. */
function englishOnly(): Snapshot {
  const snapshot = programmeSnapshot()
  const english = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(english)
    if (value && typeof value === 'object') {
      const entries = Object.entries(value)
      if ('ru' in value && 'en' in value && entries.length === 2) {
        const en = (value as { en: unknown }).en
        return { en: en ?? ((value as { ru: unknown }).ru === null ? null : 'In English') }
      }
      return Object.fromEntries(entries.map(([key, inner]) => [key, english(inner)]))
    }
    return value
  }
  return { ...(english(snapshot) as Snapshot), defaultLocale: 'en', locales: ['en'] }
}

describe('the snapshot schema', () => {
  it('is at version 3, with the site’s identity and the host’s vocabularies in it', () => {
    expect(SNAPSHOT_SCHEMA_VERSION).toBe(3)
    const parsed = parseSnapshot(programmeSnapshot())
    expect(parsed.site.name).toEqual({ ru: 'Демо-форум', en: 'Demo Forum' })
    expect(parsed.site.colours.primary).toBe('#1d4fa3')
    expect(parsed.vocabularies.topics.map((term) => term.value)).toContain('distance-learning')
  })

  it('takes an English-only host, texts in English alone', () => {
    const parsed = parseSnapshot(englishOnly())
    expect(parsed.locales).toEqual(['en'])
    expect(parsed.sessions[0]?.title).toEqual({ en: 'The Samara Region' })
    expect(JSON.stringify(parsed)).not.toMatch(/\p{Script=Cyrillic}/u)
  })

  it('takes English first with Russian second, and any language code', () => {
    expect(
      parseSnapshot({ ...programmeSnapshot(), defaultLocale: 'en', locales: ['en', 'ru'] }).locales,
    ).toEqual(['en', 'ru'])
    const german = englishOnly()
    german.locales = ['de', 'en']
    german.defaultLocale = 'de'
    german.sessions[0]!.title = { de: 'Die Region Samara', en: null }
    expect(parseSnapshot(german).sessions[0]?.title.de).toBe('Die Region Samara')
  })

  it.each([
    [
      'a default language it does not publish',
      { defaultLocale: 'de' },
      /defaultLocale: not one of the locales/,
    ],
    ['no language', { locales: [] }, /locales/],
    ['a language twice', { locales: ['ru', 'en', 'ru'] }, /listed twice/],
    ['a language that is no code', { locales: ['ru', 'English'] }, /locales/],
  ])('refuses %s', (_case, change, message) => {
    expect(() => parseSnapshot({ ...programmeSnapshot(), ...change })).toThrow(message)
  })

  it('refuses a title with no text in any language, an edition named like a language, a logo not in media', () => {
    const untitled = programmeSnapshot()
    untitled.sessions[0]!.title = { ru: null, en: null }
    expect(() => parseSnapshot(untitled)).toThrow(/no text in any language/)

    const clash = programmeSnapshot()
    clash.editions[0]!.slug = 'en'
    expect(() => parseSnapshot(clash)).toThrow(/reserved/)

    const logo = programmeSnapshot()
    logo.site.logo = 99
    expect(() => parseSnapshot(logo)).toThrow(/site.logo: no media 99/)
  })

  it('refuses site colours that are not #rrggbb and a registration link that is not a web address', () => {
    const colours = programmeSnapshot()
    colours.site.colours.primary = 'red;background:url(x)'
    expect(() => parseSnapshot(colours)).toThrow(/site.colours.primary/)

    const link = programmeSnapshot()
    link.site.registrationUrl = 'javascript:alert(1)'
    expect(() => parseSnapshot(link)).toThrow(/site.registrationUrl/)
  })

  it('refuses a value that the host’s vocabularies do not list, naming the document and the list', () => {
    const topic = programmeSnapshot()
    topic.sessions[0]!.topics = ['astrology']
    expect(() => parseSnapshot(topic)).toThrow(/sessions\.[a-z-]+\.topics → "astrology" \(not in topics\)/)

    const language = programmeSnapshot()
    language.sessions[0]!.language = 'de'
    expect(() => parseSnapshot(language)).toThrow(/language → "de" \(not in sessionLanguages\)/)

    const kind = programmeSnapshot()
    kind.partners[0]!.kind = 'museum'
    expect(() => parseSnapshot(kind)).toThrow(/partners\.[a-z-]+\.kind → "museum" \(not in partnerKinds\)/)
  })

  it('refuses vocabularies with a value twice, a language that is no code, or no partner kinds', () => {
    const twice = programmeSnapshot()
    twice.vocabularies.topics.push({ value: 'digital', label: { en: 'Again' } })
    expect(() => parseSnapshot(twice)).toThrow(/vocabularies\.topics\.\d+\.value: listed twice/)

    const language = programmeSnapshot()
    language.vocabularies.sessionLanguages.push({ value: 'Deutsch', label: { en: 'German' } })
    expect(() => parseSnapshot(language)).toThrow(/vocabularies\.sessionLanguages/)

    const noKinds = programmeSnapshot()
    noKinds.vocabularies.partnerKinds = []
    expect(() => parseSnapshot(noKinds)).toThrow(/vocabularies\.partnerKinds/)
  })
})
