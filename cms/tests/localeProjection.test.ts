import type { CollectionSlug, Payload, TypedLocale } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PROGRAMMA_COLLECTIONS } from '../src/plugin/registry'
import { SITE_IDENTITY_SLUG } from '../src/globals/SiteIdentity'
import { dataInLocale } from '../src/snapshot/projectLocale'
import { createFixtures } from './helpers/fixtures'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const LOCALES = ['ru', 'en'] as const satisfies TypedLocale[]

describe.each(TEST_DATABASES)('one read of every language, as each language reads on $name', (database) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(database)
    const f = await createFixtures(payload)
    // Translations missing in some places: a read without fallback must show them missing.
    await payload.update({
      collection: 'editions',
      id: f.edition.id,
      locale: 'en',
      data: {
        title: 'Education Salon',
        theme: null,
        stages: [{ ...f.edition.stages?.[0], name: 'Only one stage in English' }],
      },
    })
    const alley = await payload.create({
      collection: 'alleys',
      data: { name: 'Аллея компаний', kind: 'company', edition: f.edition.id, order: 1, colour: '#1f5fbf' },
    })
    await payload.create({
      collection: 'partners',
      data: {
        name: 'Учи-Лаб',
        kind: 'company',
        editions: [f.edition.id],
        stand: { alley: alley.id, position: 1, size: 'large' },
        products: [{ title: 'Тренажёр', description: 'Только по-русски' }],
        _status: 'published',
      },
    })
    const image = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    await payload.create({
      collection: 'media',
      data: { alt: 'Логотип' },
      file: { data: image, name: 'logo.png', mimetype: 'image/png', size: image.length },
    })
    await payload.updateGlobal({
      slug: SITE_IDENTITY_SLUG,
      locale: 'ru',
      data: {
        name: 'Салон',
        footer: 'Только по-русски',
        contacts: [{ channel: 'email', value: 'a@b.ru', label: 'Почта' }],
      },
    })
  }, 120_000)

  afterAll(() => stopPayload(payload))

  const read = (collection: CollectionSlug, locale: TypedLocale | 'all') =>
    payload.find({ collection, locale, fallbackLocale: false, depth: 0, pagination: false, sort: 'id' })

  it.each([...PROGRAMMA_COLLECTIONS, 'media' as const])(
    'reads %s as Payload reads it in each language',
    async (collection) => {
      const fields = payload.collections[collection].config.flattenedFields
      const all = await read(collection, 'all')
      expect(all.docs.length).toBeGreaterThan(0)
      for (const locale of LOCALES) {
        const own = await read(collection, locale)
        expect(all.docs.map((doc) => dataInLocale(fields, doc, locale))).toEqual(own.docs)
      }
    },
  )

  it('reads the site identity as Payload reads it in each language', async () => {
    const global = payload.config.globals.find((candidate) => candidate.slug === SITE_IDENTITY_SLUG)
    const all = await payload.findGlobal({ slug: SITE_IDENTITY_SLUG, locale: 'all', depth: 0 })
    for (const locale of LOCALES) {
      const own = await payload.findGlobal({
        slug: SITE_IDENTITY_SLUG,
        locale,
        fallbackLocale: false,
        depth: 0,
      })
      expect(dataInLocale(global?.flattenedFields ?? [], all, locale)).toEqual(own)
    }
  })
})
