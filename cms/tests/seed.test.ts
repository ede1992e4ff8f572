import { formatInZone } from '@programma/shared'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pendingRebuildReasons } from '../src/hooks/siteRebuild'
import { buildDemoProgramme } from '../src/seed/demo'
import { seedProgramme } from '../src/seed/seedProgramme'
import { generateProgramme } from '../src/seed/synthetic'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

describe('demo programme', () => {
  const demo = buildDemoProgramme()

  it('is large enough to feel real', () => {
    expect(demo.sessions.length).toBeGreaterThanOrEqual(120)
    expect(demo.experts.length).toBeGreaterThanOrEqual(250)
    expect(demo.partners.length).toBeGreaterThanOrEqual(40)
  })

  it('holds both editions, every stage, and all three kinds of partner', () => {
    expect(demo.editions.map((edition) => edition.slug).sort()).toEqual(['mmso-2020', 'mmso-2022'])
    expect(demo.editions.find((edition) => edition.year === 2020)?.stages).toHaveLength(3)
    expect(new Set(demo.partners.map((partner) => partner.kind))).toEqual(
      new Set(['company', 'region', 'institution']),
    )
  })

  it('holds the four online conferences before the 2022 salon', () => {
    const conferences = demo.sessions.filter((session) => session.forum === 'onlain-konferentsii-2022')
    expect(conferences.map((session) => formatInZone(session.start, 'yyyy-MM-dd', 'Europe/Moscow'))).toEqual([
      '2022-03-28',
      '2022-03-30',
      '2022-04-05',
      '2022-04-07',
    ])
    expect(conferences.every((session) => session.registrationUrl)).toBe(true)
  })

  it('has many formats, a moved and a cancelled session, recordings and English', () => {
    expect(new Set(demo.sessions.map((session) => session.format)).size).toBeGreaterThanOrEqual(7)
    expect(demo.sessions.filter((session) => session.status === 'moved')).toHaveLength(1)
    expect(demo.sessions.filter((session) => session.status === 'cancelled')).toHaveLength(1)
    expect(demo.sessions.filter((session) => session.recording).length).toBeGreaterThan(100)
    const translated = demo.sessions.filter((session) => session.title.en).length
    expect(translated).toBeGreaterThan(20)
    expect(translated).toBeLessThan(demo.sessions.length)
  })

  it('puts every partner of 2020 on a stand of its exhibition, alley by alley', () => {
    expect(demo.alleys.map((alley) => alley.name.ru)).toEqual([
      'Центральная аллея',
      'Аллея компаний',
      'Аллея регионов',
      'Аллея образовательных организаций',
    ])
    const exhibitors = demo.partners.filter((partner) => partner.editions.includes('mmso-2020'))
    expect(exhibitors.length).toBeGreaterThanOrEqual(40)
    expect(exhibitors.every((partner) => partner.stand)).toBe(true)
    const places = exhibitors.map((partner) => `${partner.stand?.alley}:${partner.stand?.position}`)
    expect(new Set(places).size).toBe(places.length)
    expect(new Set(exhibitors.map((partner) => partner.stand?.size))).toEqual(
      new Set(['small', 'medium', 'large']),
    )
    expect(exhibitors.filter((partner) => partner.stand?.featured).length).toBeGreaterThan(5)
    const channels = new Set(
      exhibitors.flatMap((partner) => partner.contacts.map((contact) => contact.channel)),
    )
    expect(channels).toEqual(new Set(['email', 'phone', 'chat', 'webinar', 'messenger']))
  })

  it('is the same every time', () => {
    expect(JSON.stringify(buildDemoProgramme())).toBe(JSON.stringify(demo))
  })
})

describe('generated programmes', () => {
  it('have the size asked for and are deterministic', () => {
    const size = { sessions: 700, experts: 400, partners: 60, seed: 3 }
    const programme = generateProgramme(size)
    expect(programme.sessions).toHaveLength(700)
    expect(programme.experts).toHaveLength(400)
    expect(programme.partners).toHaveLength(60)
    expect(programme.editions).toHaveLength(2)
    expect(new Set(programme.sessions.map((session) => session.slug)).size).toBe(700)
    expect(JSON.stringify(generateProgramme(size))).toBe(JSON.stringify(programme))
    expect(JSON.stringify(generateProgramme({ ...size, seed: 4 }))).not.toBe(JSON.stringify(programme))
  })
})

describe.each(TEST_DATABASES)('seeding on $name', (database) => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload(database)
  })
  afterAll(() => stopPayload(payload))

  const small = generateProgramme({ sessions: 30, experts: 40, partners: 9, seed: 11 })

  it('writes the programme and triggers no site rebuild', async () => {
    const report = await seedProgramme(payload, small, { images: 'pool' })
    expect(report).toMatchObject({ sessions: 30, experts: 40, partners: 9 })
    expect((await payload.count({ collection: 'sessions', overrideAccess: true })).totalDocs).toBe(30)
    expect(pendingRebuildReasons()).toEqual([])
  })

  it('leaves rebuilds on for an ordinary edit of published content', async () => {
    const { docs } = await payload.find({ collection: 'sessions', limit: 1, overrideAccess: true })
    const session = docs[0]
    if (!session) throw new Error('no session seeded')
    await payload.update({
      collection: 'sessions',
      id: session.id,
      overrideAccess: true,
      data: { lead: 'Правка редактора' },
    })
    expect(pendingRebuildReasons()).toEqual([`sessions:${session.id}`])
  })

  it('changes nothing when run again', async () => {
    await seedProgramme(payload, small, { images: 'pool' })
    for (const collection of ['sessions', 'experts', 'partners', 'editions', 'forums'] as const) {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      expect(totalDocs, collection).toBe(
        collection === 'editions' ? 1 : collection === 'forums' ? 6 : small[collection].length,
      )
    }
  })

  it('writes English where the programme has it, without losing the Russian', async () => {
    const withEnglish = small.sessions.find((session) => session.title.en)
    expect(withEnglish).toBeDefined()
    const { docs } = await payload.find({
      collection: 'sessions',
      where: { slug: { equals: withEnglish?.slug } },
      locale: 'all',
      overrideAccess: true,
    })
    expect(docs[0]?.title).toEqual({ ru: withEnglish?.title.ru, en: withEnglish?.title.en })
  })

  it('names the site as the programme says, in both languages, and again without duplicating contacts', async () => {
    const site = buildDemoProgramme().site
    expect(site).toBeDefined()
    const withSite = { ...small, sessions: [], experts: [], partners: [], alleys: [], site }
    await seedProgramme(payload, withSite, { images: 'none' })
    await seedProgramme(payload, withSite, { images: 'none' })
    const stored = (await payload.findGlobal({
      slug: 'site-identity',
      locale: 'all',
      overrideAccess: true,
    })) as unknown as {
      name: Record<string, string>
      contacts: unknown[]
    }
    expect(stored.name).toEqual(site?.name)
    expect(stored.contacts).toHaveLength(site?.contacts.length ?? 0)
    expect(pendingRebuildReasons().filter((reason) => reason.startsWith('site-identity'))).toEqual([])
  })
})
