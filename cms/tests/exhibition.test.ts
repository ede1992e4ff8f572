import { getLocalI18n, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alley, Partner } from '../src/payload-types'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { SEED_CONTEXT } from '../src/seed/upsert'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const quiet = { overrideAccess: true, context: SEED_CONTEXT } as const

describe.each(TEST_DATABASES)('the virtual exhibition on $name', (database) => {
  let payload: Payload
  let f: Fixtures
  let companies: Alley
  let regions: Alley
  let foreignAlley: Alley
  let first: Partner

  beforeAll(async () => {
    payload = await startPayload(database)
    f = await createFixtures(payload)
    const alley = (name: string, kind: 'company' | 'region', edition: number, order: number) =>
      payload.create({
        ...quiet,
        collection: 'alleys',
        data: { name, kind, edition, order, colour: '#1f5fbf' },
      })
    companies = await alley('Аллея компаний', 'company', f.edition.id, 1)
    regions = await alley('Аллея регионов', 'region', f.edition.id, 2)
    foreignAlley = await alley('Аллея 2022', 'company', f.otherEdition.id, 1)
    first = await payload.create({
      ...quiet,
      collection: 'partners',
      data: {
        name: 'Учи-Лаб',
        kind: 'company',
        editions: [f.edition.id],
        stand: { alley: companies.id, position: 1, size: 'large', featured: true },
        _status: 'published',
      },
    })
  })
  afterAll(() => stopPayload(payload))

  const partner = (name: string, extra: Record<string, unknown>) => ({
    name,
    kind: 'company' as const,
    editions: [f.edition.id],
    _status: 'published' as const,
    ...extra,
  })

  async function errorsOf(attempt: Promise<unknown>): Promise<Array<{ path: string; message: string }>> {
    try {
      await attempt
    } catch (error) {
      return (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors ?? []
    }
    throw new Error('the write was accepted')
  }

  it('lets editors, not curators or readers, keep the alleys', async () => {
    const byCurator = payload.create({
      collection: 'alleys',
      overrideAccess: false,
      user: f.curator,
      data: { name: 'Аллея куратора', edition: f.edition.id },
    })
    await expect(byCurator).rejects.toThrow()
    const created = await payload.create({
      collection: 'alleys',
      overrideAccess: false,
      user: f.editor,
      data: { name: 'Аллея партнёров', edition: f.edition.id, colour: '#c2255c' },
    })
    expect(created.slug).toBe('alleya-partnyorov')
    const read = await payload.find({
      collection: 'alleys',
      overrideAccess: false,
      where: { edition: { equals: f.edition.id } },
    })
    expect(read.docs.map((alley) => alley.name)).toContain('Аллея компаний')
    await expect(
      payload.update({
        collection: 'alleys',
        id: created.id,
        overrideAccess: false,
        data: { name: 'Чужая правка' },
      }),
    ).rejects.toThrow()
  })

  it('refuses an alley colour that is not #RRGGBB', async () => {
    const errors = await errorsOf(
      payload.create({
        collection: 'alleys',
        overrideAccess: false,
        user: f.editor,
        data: { name: 'Красная аллея', edition: f.edition.id, colour: 'red' },
      }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'colour' })])
  })

  it('refuses a stand on a place another stand already takes, naming it', async () => {
    const errors = await errorsOf(
      payload.create({
        collection: 'partners',
        overrideAccess: false,
        user: f.editor,
        data: partner('Второй на первом месте', { stand: { alley: companies.id, position: 1 } }),
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'stand.position',
        message: '«Стенд → Место на аллее»: место 1 на этой аллее уже занимает «Учи-Лаб»',
      }),
    ])
  })

  it('wants a whole position from 1 for a stand on an alley', async () => {
    for (const position of [0, 2.5, null]) {
      const errors = await errorsOf(
        payload.create({
          collection: 'partners',
          overrideAccess: false,
          user: f.editor,
          data: partner(`Место ${String(position)}`, { stand: { alley: companies.id, position } }),
        }),
      )
      expect(
        errors.map((error) => error.path),
        String(position),
      ).toEqual(['stand.position'])
    }
  })

  it('keeps a stand on an alley of its own edition and kind', async () => {
    const foreign = await errorsOf(
      payload.create({
        collection: 'partners',
        overrideAccess: false,
        user: f.editor,
        data: partner('Не тот выпуск', { stand: { alley: foreignAlley.id, position: 3 } }),
      }),
    )
    expect(foreign).toEqual([
      expect.objectContaining({
        path: 'stand.alley',
        message: expect.stringMatching(/^«Стенд → Аллея»: аллея «Аллея 2022» относится к выпуску/),
      }),
    ])
    const wrongKind = await errorsOf(
      payload.create({
        collection: 'partners',
        overrideAccess: false,
        user: f.editor,
        data: partner('Компания на аллее регионов', { stand: { alley: regions.id, position: 1 } }),
      }),
    )
    expect(wrongKind.map((error) => error.path)).toEqual(['stand.alley'])
  })

  it('accepts a free place and tells the editor where the stand landed', async () => {
    const second = await payload.create({
      collection: 'partners',
      overrideAccess: false,
      user: f.editor,
      data: partner('Облако Урок', { stand: { alley: companies.id, position: 2, size: 'small' } }),
    })
    const read = await payload.findByID({
      collection: 'partners',
      id: second.id,
      overrideAccess: false,
      user: f.editor,
    })
    expect(read.stand?.placement).toBe('Аллея компаний: место 2, стенд 2 из 2; после «Учи-Лаб» (1).')
    const anonymous = await payload.findByID({ collection: 'partners', id: second.id, overrideAccess: false })
    expect(anonymous.stand?.placement ?? null).toBeNull()
  })

  it('checks every contact channel and names the field in the editor’s language', async () => {
    const contacts = [
      { channel: 'email', value: 'expo.example.ru' },
      { channel: 'phone', value: '8 (495) 123-45-67' },
      { channel: 'chat', value: 'http://t.me/expo' },
      { channel: 'webinar', value: 'javascript:alert(1)' },
      { channel: 'messenger', value: '@expo' },
    ]
    const errors = await errorsOf(
      payload.create({
        collection: 'partners',
        overrideAccess: false,
        user: f.editor,
        data: partner('Плохие контакты', { contacts }),
      }),
    )
    expect(errors.map((error) => error.path)).toEqual([0, 1, 2, 3, 4].map((row) => `contacts.${row}.value`))
    expect(errors[0]?.message).toBe('«Контакты → Эл. почта»: нужен адрес эл. почты вида expo@example.ru')
    expect(errors[1]?.message).toMatch(/^«Контакты → Телефон»: нужен номер в международном формате/)
    expect(errors[3]?.message).toMatch(
      /^«Контакты → Вебинарная комната»: нужна ссылка, начинающаяся с https:\/\//,
    )
    const i18n = await getLocalI18n({ config: payload.config, language: 'en' })
    const english = await errorsOf(
      payload.create({
        collection: 'partners',
        overrideAccess: false,
        user: f.editor,
        req: { i18n },
        data: partner('Bad phone', { contacts: [{ channel: 'phone', value: '495 1234567' }] }),
      }),
    )
    expect(english[0]?.message).toMatch(/^“Contacts → Phone”: a number in international format is expected/)
  })

  it('stores good contacts as given', async () => {
    const contacts = [
      { channel: 'email', value: 'expo@uchi-lab.example.ru' },
      { channel: 'phone', value: '+7 495 123-45-67' },
      { channel: 'chat', value: 'https://t.me/uchi_lab' },
      { channel: 'webinar', value: 'https://webinar.mmco-expo.ru/rooms/uchi-lab' },
      { channel: 'messenger', value: 'https://wa.me/74951234567' },
    ] as const
    const saved = await payload.update({
      collection: 'partners',
      id: first.id,
      overrideAccess: false,
      user: f.editor,
      data: { contacts: [...contacts] },
    })
    expect(saved.contacts?.map(({ channel, value }) => ({ channel, value }))).toEqual(contacts)
  })

  it('publishes the alleys and the stands on them in the snapshot, in both locales', async () => {
    await payload.update({
      ...quiet,
      collection: 'alleys',
      id: companies.id,
      locale: 'en',
      data: { name: 'Companies alley' },
    })
    await payload.create({
      ...quiet,
      collection: 'partners',
      draft: true,
      data: {
        name: 'Черновик на аллее',
        kind: 'company',
        editions: [f.edition.id],
        stand: { alley: companies.id, position: 9 },
        _status: 'draft',
      },
    })
    const snapshot = await buildSnapshot(payload)
    const alley = snapshot.alleys.find((candidate) => candidate.id === companies.id)
    expect(alley).toMatchObject({
      name: { ru: 'Аллея компаний', en: 'Companies alley' },
      kind: 'company',
      order: 1,
    })
    const stand = snapshot.partners.find((candidate) => candidate.id === first.id)?.stand
    expect(stand).toEqual({ alley: companies.id, position: 1, number: null, size: 'large', featured: true })
    expect(snapshot.partners.some((candidate) => candidate.name.ru === 'Черновик на аллее')).toBe(false)
  })
})
