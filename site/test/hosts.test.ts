import {
  DEFAULT_LOCALE,
  LOCALES,
  routes,
  type Snapshot,
  switchLocale,
  textWithLanguage,
  uiLocale,
  useSiteLocales,
} from '@programma/shared'
import { afterEach, describe, expect, it } from 'vitest'

import { languageName, notTranslatedNote, ownLanguageName, show, showName, ui } from '../src/lib/i18n'
import { alternates } from '../src/lib/navigation'
import { localeFromParam, localeParams } from '../src/lib/paths'
import { Programme } from '../src/lib/programme'
import { programmeIndex } from '../src/lib/programmeIndex'
import { brandStyle, inkOn, siteIdentity } from '../src/lib/siteIdentity'
import { localePaths } from '../src/lib/staticPaths'
import { sampleSnapshot } from './sampleSnapshot'

/** The sample as an English-only host publishes it. */
function englishOnly(): Snapshot {
  const snapshot = sampleSnapshot()
  snapshot.defaultLocale = 'en'
  snapshot.locales = ['en']
  snapshot.site.name = { en: 'Demo Forum' }
  snapshot.sessions[0]!.title = { en: 'The Samara experience' }
  return snapshot
}

/** The sample with English first, at the root, and Russian second, under /ru/. */
function englishFirst(): Snapshot {
  return { ...sampleSnapshot(), defaultLocale: 'en', locales: ['en', 'ru'] }
}

afterEach(() => useSiteLocales({ defaultLocale: DEFAULT_LOCALE, locales: LOCALES }))

describe('a site in the host’s languages', () => {
  it('puts an English-only site at the root, with no language folder and no language switch', () => {
    const data = new Programme(englishOnly())
    expect(localeParams(data)).toEqual([{ locale: undefined, code: 'en' }])
    expect(localePaths(data)).toEqual([{ params: { locale: undefined } }])
    expect(localeFromParam(undefined)).toBe('en')
    expect(() => localeFromParam('ru')).toThrow(/not a language of this site/)
    expect(routes.session('en', 'samara')).toBe('/sessions/samara/')
    expect(routes.scheduleXml('en', 'mmso-2020')).toBe('/mmso-2020/schedule.xml')
    expect(alternates('/experts/', new URL('https://example.org'), data.locales())).toEqual([
      { code: 'en', href: 'https://example.org/experts/' },
    ])
    expect(programmeIndex(data)[0]?.url).toEqual({ en: '/sessions/samara/' })
  })

  it('puts English at the root and Russian under /ru/ when the host lists English first', () => {
    const data = new Programme(englishFirst())
    expect(localeParams(data)).toEqual([
      { locale: undefined, code: 'en' },
      { locale: 'ru', code: 'ru' },
    ])
    expect(localeFromParam('ru')).toBe('ru')
    expect(() => localeFromParam('en')).toThrow()
    expect(routes.session('ru', 'samara')).toBe('/ru/sessions/samara/')
    expect(routes.home('en')).toBe('/')
    expect(switchLocale('/ru/experts/anna-petrova/', 'en')).toBe('/experts/anna-petrova/')
    expect(switchLocale('/experts/anna-petrova/', 'ru')).toBe('/ru/experts/anna-petrova/')
    expect(switchLocale('/ru/', 'en')).toBe('/')
    // An edition whose slug only starts like a language stays where it is.
    expect(switchLocale('/rugby-2020/', 'ru')).toBe('/ru/rugby-2020/')
  })

  it('falls back to the default language first, then to any that has the text', () => {
    new Programme(englishFirst())
    expect(textWithLanguage({ ru: 'Регионы', en: 'Regions' }, 'de')).toEqual({ text: 'Regions', lang: 'en' })
    expect(show({ ru: 'Регионы', en: null }, 'en')).toEqual({ text: 'Регионы', lang: 'ru', isFallback: true })
    expect(show({ de: 'Regionen' }, 'en')).toEqual({ text: 'Regionen', lang: 'de', isFallback: true })
    expect(showName({ ru: 'Анна Петрова', en: null }, 'de')?.text).toBe('Anna Petrova')
    expect(showName({ de: 'Jürgen Groß' }, 'en')?.text).toBe('Jürgen Groß')
  })
})

describe('interface text', () => {
  it('ships in Russian and English, and shows English around content in any other language', () => {
    expect(uiLocale('ru')).toBe('ru')
    expect(uiLocale('en-GB')).toBe('en')
    expect(uiLocale('de')).toBe('en')
    expect(ui('de')).toBe(ui('en'))
    expect(ui('de').programme).toBe('Programme')
    expect(ui('ru').programme).toBe('Программа')
  })

  it('names languages as Intl does, each in its own for the language switch', () => {
    expect(ownLanguageName('ru')).toBe('Русский')
    expect(ownLanguageName('en')).toBe('English')
    expect(ownLanguageName('de')).toBe('Deutsch')
    expect(languageName('en', 'ru')).toBe('английский')
    expect(notTranslatedNote('ru', 'en')).toBe('Not translated: shown in Russian')
    expect(notTranslatedNote('en', 'de')).toBe('Not translated: shown in English')
    expect(notTranslatedNote('en', 'ru')).toBe('Перевода нет; язык текста — английский')
  })

  it('keeps no zone nor city in the note on times: the edition’s zone fills it', () => {
    expect(ui('en').timesNote('Europe/Berlin', 'CEST (UTC+2)')).toBe(
      'Times in the programme are in the Europe/Berlin time zone, CEST (UTC+2); you can switch them to your own.',
    )
  })
})

describe('the site’s identity', () => {
  it('comes from the snapshot, in the page’s language', () => {
    const snapshot = sampleSnapshot()
    snapshot.site.contacts = [
      { channel: 'email', value: 'info@forum.example.org', label: { ru: null, en: null } },
    ]
    const identity = siteIdentity(snapshot.site, 'en')
    expect(identity.name).toBe('Demo Forum')
    expect(identity.organiser?.text).toBe('The forum office')
    expect(identity.contacts).toEqual([
      expect.objectContaining({ href: 'mailto:info@forum.example.org', text: 'info@forum.example.org' }),
    ])
    expect(siteIdentity(snapshot.site, 'ru').name).toBe('Демо-форум')
  })

  it('colours the header from #rrggbb only, with ink that contrasts', () => {
    expect(brandStyle({ primary: '#7a1f3d', accent: '#f0c419' })).toBe(
      '--brand: #7a1f3d; --brand-ink: #ffffff; --brand-stripe: #f0c419',
    )
    expect(inkOn('#f0c419')).toBe('#1b2430')
    expect(inkOn('#0f2a5c')).toBe('#ffffff')
    expect(brandStyle({ primary: 'red; background: url(x)', accent: '#fff' })).toBe('')
  })
})
