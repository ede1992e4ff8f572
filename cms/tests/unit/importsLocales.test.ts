import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { salonVocabularies } from '../../src/host/vocabularies'

import { importLocales } from '../../src/imports/locales'
import { importSpec } from '../../src/imports/specs'
import { missingTranslatedTitle } from '../../src/imports/translations'
import type { References } from '../../src/imports/types'
import { recordHostCollections } from '../../src/plugin/registry'
import { resolveVocabularies, type VocabulariesOption } from '../../src/plugin/vocabularies'

/** A host's config as the import reads it: its locales, and the lists its plugin options resolve to. */
function hostConfig(defaultLocale: string, localeCodes: string[], vocabularies: VocabulariesOption = {}) {
  const config = { localization: { defaultLocale, locales: localeCodes } } as Config
  return {
    localization: { defaultLocale, localeCodes },
    custom: recordHostCollections(
      {},
      { users: 'users', media: 'media', vocabularies: resolveVocabularies(vocabularies, config) },
    ),
  }
}

const germanFirst = hostConfig('de', ['de', 'en'])

const refs: References = {
  editions: new Map([['2027', [{ id: 1, slug: 'osd-2027', year: 2027, timeZone: 'Europe/Berlin' }]]]),
  forums: new Map(),
  experts: new Map(),
  slugOf: new Map([['editions:1', 'osd-2027']]),
}

describe('CSV columns in the host’s locales', () => {
  it('takes the default locale as the base and the others in the host’s order', () => {
    expect(importLocales(germanFirst)).toEqual({ base: 'de', translations: ['en'] })
    expect(importLocales({ localization: { defaultLocale: 'de', localeCodes: ['en', 'fr', 'de'] } })).toEqual(
      { base: 'de', translations: ['en', 'fr'] },
    )
    expect(importLocales({ localization: false })).toEqual({ base: 'en', translations: [] })
  })

  it('names localised columns per locale, the default locale’s first, and requires its title', () => {
    const sessions = importSpec(germanFirst, 'sessions')
    expect(sessions.columns).toEqual([
      'slug',
      'edition',
      'forum',
      'title_de',
      'title_en',
      'lead_de',
      'lead_en',
      'start',
      'end',
      'format',
      'language',
      'hall_de',
      'hall_en',
      'online',
      'participants',
      'status',
      'published',
    ])
    expect(sessions.required).toEqual(['edition', 'title_de', 'start', 'end', 'format'])
    expect(sessions.titleColumn).toBe('title_de')
    const experts = importSpec(germanFirst, 'experts')
    expect(experts.columns.slice(0, 5)).toEqual(['slug', 'name_de', 'name_en', 'position_de', 'position_en'])
    expect(experts.required).toEqual(['name_de'])
    expect(importSpec(germanFirst, 'partners').required).toEqual(['name_de', 'kind'])
  })

  it('keeps the demo’s columns: Russian first, then English', () => {
    const demo = hostConfig('ru', ['ru', 'en'], salonVocabularies)
    expect(importSpec(demo, 'partners').columns).toEqual([
      'slug',
      'name_ru',
      'name_en',
      'kind',
      'level',
      'website',
      'editions',
      'published',
    ])
    expect(
      importSpec(demo, 'sessions').toRow({ base: { place: { online: false } }, translations: {} }, refs),
    ).toMatchObject({ online: 'нет', published: 'да' })
  })

  it('writes the default locale’s cells as the base and the others as translations', () => {
    const sessions = importSpec(germanFirst, 'sessions')
    const data = sessions.toData(
      {
        edition: '2027',
        title_de: 'Eröffnung',
        title_en: 'Opening',
        hall_de: 'Saal 1',
        hall_en: '',
        start: '2027-06-10 10:00',
        end: '2027-06-10 11:00',
        format: 'plenary',
      },
      refs,
    )
    expect(data.base).toMatchObject({
      title: 'Eröffnung',
      start: '2027-06-10T08:00:00.000Z',
      place: { hall: 'Saal 1', online: true },
    })
    expect(data.translations).toEqual({ en: { title: 'Opening', place: { hall: null } } })
  })

  it('writes yes and no in English where the default locale is not Russian', () => {
    const row = importSpec(germanFirst, 'sessions').toRow(
      {
        base: { title: 'Eröffnung', place: { hall: 'Saal 1', online: false }, _status: 'draft' },
        translations: { en: { title: 'Eröffnung', place: { hall: 'Hall 1' } } },
      },
      refs,
    )
    expect(row).toMatchObject({
      title_de: 'Eröffnung',
      title_en: '',
      hall_de: 'Saal 1',
      hall_en: 'Hall 1',
      online: 'no',
      published: 'no',
    })
  })

  it('names the language of a translation saved without its title', () => {
    const spec = importSpec(hostConfig('de', ['de', 'en', 'fr']), 'experts')
    const data = { base: { name: 'Anna' }, translations: { fr: { city: 'Paris' } }, published: true }
    expect(missingTranslatedTitle(spec, data, {})).toBe(
      "name_fr: пусто, а без него французский текст строки не сохранить — empty, and the row's French text cannot be saved without it",
    )
    expect(missingTranslatedTitle(spec, data, { fr: { name: 'Anne' } })).toBeUndefined()
  })

  it('reads the host’s own lists: a partner kind and a session language by value or by label', () => {
    const host = hostConfig('de', ['de', 'en'], {
      partnerKinds: [{ value: 'verein', label: { de: 'Verein', en: 'Association' } }],
    })
    const edition = { edition: '2027', start: '2027-06-10 10:00', end: '2027-06-10 11:00', format: 'lecture' }
    const partner = importSpec(host, 'partners').toData({ name_de: 'Chaos e. V.', kind: 'Association' }, refs)
    expect(partner.base.kind).toBe('verein')
    expect(() => importSpec(host, 'partners').toData({ name_de: 'Firma', kind: 'company' }, refs)).toThrow(
      /allowed: verein/,
    )
    const sessions = importSpec(host, 'sessions')
    expect(
      sessions.toData({ ...edition, title_de: 'Vortrag', language: 'Englisch' }, refs).base.language,
    ).toBe('en')
    expect(sessions.toData({ ...edition, title_de: 'Vortrag', language: '' }, refs).base.language).toBe('de')
  })
})
