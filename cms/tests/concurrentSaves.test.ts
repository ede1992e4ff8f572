import { SESSION_FORMATS } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { salonVocabularies } from '../src/host/vocabularies'
import type { Session } from '../src/payload-types'
import { cmsWithFixtures } from './helpers/cmsWithFixtures'
import { TEST_DATABASES } from './helpers/payload'

type Locale = 'ru' | 'en'

describe.each(TEST_DATABASES)('editors saving one session at once on $name', (database) => {
  const cms = cmsWithFixtures(database)

  const asEditor = () => ({ user: { ...cms.f.editor, collection: 'users' as const }, overrideAccess: false })

  async function stored(locale: Locale): Promise<Session> {
    return cms.payload.findByID({
      collection: 'sessions',
      id: cms.f.publishedSession.id,
      locale,
      overrideAccess: true,
    })
  }

  it('keeps every change when ten editors save different fields of it together', async () => {
    const session = await stored('ru')
    const otherFormat = SESSION_FORMATS.find(({ value }) => value !== session.format)?.value
    const otherLanguage = salonVocabularies.sessionLanguages.find(
      ({ value }) => value !== session.language,
    )?.value
    const changes: Array<{ locale: Locale; data: Partial<Session> }> = [
      { locale: 'ru', data: { title: 'Название от первого редактора' } },
      { locale: 'en', data: { title: 'Title from the second editor' } },
      { locale: 'ru', data: { lead: 'Анонс от третьего' } },
      { locale: 'en', data: { lead: 'Summary from the fourth' } },
      { locale: 'ru', data: { place: { hall: 'Зал пятого' } } },
      { locale: 'en', data: { place: { hall: "The sixth's hall" } } },
      { locale: 'ru', data: { format: otherFormat } },
      { locale: 'ru', data: { language: otherLanguage } },
      { locale: 'ru', data: { registrationUrl: 'https://example.org/ninth' } },
      {
        locale: 'ru',
        data: {
          audiences: [salonVocabularies.audiences[0].value],
          topics: [salonVocabularies.topics[1].value],
        },
      },
    ]

    const saves = await Promise.allSettled(
      changes.map(({ locale, data }) =>
        cms.payload.update({ collection: 'sessions', id: session.id, locale, data, ...asEditor() }),
      ),
    )
    expect(saves.filter((save) => save.status === 'rejected')).toEqual([])

    const [russian, english] = await Promise.all([stored('ru'), stored('en')])
    expect(russian).toMatchObject({
      title: 'Название от первого редактора',
      lead: 'Анонс от третьего',
      place: { hall: 'Зал пятого' },
      format: otherFormat,
      language: otherLanguage,
      registrationUrl: 'https://example.org/ninth',
      audiences: [salonVocabularies.audiences[0].value],
      topics: [salonVocabularies.topics[1].value],
    })
    expect(english).toMatchObject({
      title: 'Title from the second editor',
      lead: 'Summary from the fourth',
      place: { hall: "The sixth's hall" },
    })
  })

  it('keeps a version of every save when ten editors save the same field together', async () => {
    const id = cms.f.publishedSession.id
    const versionsBefore = (await cms.payload.countVersions({ collection: 'sessions', overrideAccess: true }))
      .totalDocs
    const titles = Array.from({ length: 10 }, (_, editor) => `Название, сохранённое редактором ${editor + 1}`)

    const saves = await Promise.allSettled(
      titles.map((title) =>
        cms.payload.update({ collection: 'sessions', id, locale: 'ru', data: { title }, ...asEditor() }),
      ),
    )
    expect(saves.filter((save) => save.status === 'rejected')).toEqual([])

    const versions = await cms.payload.findVersions({
      collection: 'sessions',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      locale: 'ru',
      limit: 10,
      overrideAccess: true,
    })
    expect(
      (await cms.payload.countVersions({ collection: 'sessions', overrideAccess: true })).totalDocs,
    ).toBe(versionsBefore + titles.length)
    expect(new Set(versions.docs.map((version) => version.version.title))).toEqual(new Set(titles))
    expect((await stored('ru')).title).toBe(versions.docs[0]?.version.title)
  })

  it('saves what Payload writes outside an operation at once (preferences and the key-value store upsert)', async () => {
    await cms.payload.kv.set('programma-test', { saved: 1 })
    await cms.payload.kv.set('programma-test', { saved: 2 })
    expect(await cms.payload.kv.get('programma-test')).toEqual({ saved: 2 })
  })
})
