import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Conflict, parseSnapshot, type Snapshot } from '@programma/shared'
import { getPayload, type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildSite,
  calendarEvents,
  filesUnder,
  jsonLdOf,
  page,
  publishedTexts,
  texts,
  times,
} from '@programma/tools/builtSite'
import { conflictsEndpoint } from '../../src/endpoints/conflicts'
import { routes } from '../helpers/routes'
import { blankHostConfig, TALKS } from './config'
import { seedConference } from './conference'

/**
 * Programma added to a Payload project of someone else's — its own accounts, files and pages,
 * English only, in Berlin, no exhibition — gives that host a whole programme site of its own.
 */
describe('Programma in a blank Payload host, English only, in Europe/Berlin', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-blank-host-'))
  const mediaDir = path.join(folder, 'files')
  const config = blankHostConfig(`file:${path.join(folder, 'host.db')}`, mediaDir)
  let payload: Payload
  let snapshot: Snapshot
  let dist = ''

  beforeAll(async () => {
    payload = await getPayload({ config, key: `blank-host-${folder}` })
    await seedConference(payload)
    const response = await routes(config).get('snapshot')
    expect(response.status).toBe(200)
    snapshot = parseSnapshot(await response.json())
    dist = await buildSite(snapshot, folder, mediaDir)
  }, 600_000)

  afterAll(async () => {
    await payload?.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  it('keeps the host’s own collections and adds Programma’s beside them, under the host’s slugs', () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(
      expect.arrayContaining(['accounts', 'files', 'pages', 'talks', 'speakers', 'editions', 'forums']),
    )
    for (const absent of ['alleys', 'users', 'media', 'sessions', 'experts'])
      expect(slugs).not.toContain(absent)
    const collection = (slug: string) =>
      payload.config.collections.find((candidate) => String(candidate.slug) === slug)
    const accountFields = collection('accounts')?.fields.map((field) => ('name' in field ? field.name : ''))
    expect(accountFields).toContain('forums')
    // The host maps its own accounts to roles (option roleOf): no role field of Programma's.
    expect(accountFields).not.toContain('role')
    expect(JSON.stringify(collection('speakers')?.fields)).toContain('"relationTo":"files"')
    const talkFields = JSON.stringify(collection('talks')?.fields)
    expect(talkFields).toContain('"relationTo":"speakers"')
    expect(talkFields).not.toContain('"relationTo":"experts"')
  })

  it('serves the renamed collections under the host’s slugs in REST and GraphQL', async () => {
    const api = routes(config)
    const talks = await api.get('talks?where[slug][equals]=memory-safety&depth=1')
    expect(talks.status).toBe(200)
    const { docs } = (await talks.json()) as {
      docs: Array<{ title: string; participants: Array<{ expert: { name: string } }> }>
    }
    expect(docs.map((doc) => doc.title)).toEqual(['Memory safety in practice'])
    expect(docs[0]?.participants[0]?.expert.name).toEqual(expect.any(String))
    expect((await api.get('sessions')).status).toBe(404)
    const graphql = await api.graphql(
      '{ Talks(limit: 10) { docs { slug participants { expert { name } } } } }',
    )
    const body = (await graphql.json()) as { data?: { Talks?: { docs: Array<{ slug: string }> } } }
    expect(body.data?.Talks?.docs.map((doc) => doc.slug).sort()).toEqual([
      'data-commons',
      'memory-safety',
      'night-hack',
      'open-maps',
    ])
  })

  it('lets the host’s programme team edit the programme and no one else, through its role mapping', async () => {
    const account = (team: string, email: string) =>
      payload.create({
        collection: 'accounts' as 'users',
        data: { email, password: 'a-long-password-1234', team } as never,
        overrideAccess: true,
      })
    const editor = await account('programme', 'programme@osd.example.org')
    const press = await account('press', 'press@osd.example.org')
    const rename = (user: unknown) =>
      payload.update({
        collection: 'forums',
        where: { slug: { equals: 'systems' } },
        data: { title: 'Systems and kernels' },
        overrideAccess: false,
        user: user as never,
        locale: 'en',
      })
    expect((await rename(editor)).docs).toHaveLength(1)
    await expect(rename(press)).rejects.toThrow(/not allowed/)
  })

  it('publishes a snapshot in the host’s one language, on the edition’s clock, without the draft', () => {
    expect(snapshot.locales).toEqual(['en'])
    expect(snapshot.defaultLocale).toBe('en')
    expect(snapshot.site.name).toEqual({ en: 'Open Source Days' })
    expect(snapshot.editions.map((edition) => edition.timeZone)).toEqual(['Europe/Berlin'])
    expect(snapshot.sessions.map((session) => session.slug).sort()).toEqual([
      'data-commons',
      'memory-safety',
      'night-hack',
      'open-maps',
    ])
    expect(new Set(snapshot.sessions.map((session) => session.timeZone))).toEqual(new Set(['Europe/Berlin']))
    expect(snapshot.alleys).toEqual([])
    expect(snapshot.media.length).toBeGreaterThanOrEqual(5)
  })

  it('carries the host’s own lists in the snapshot and offers only those in the admin', () => {
    expect(snapshot.vocabularies.topics).toEqual([
      { value: 'security', label: { en: 'Security' } },
      { value: 'open-data', label: { en: 'Open data' } },
    ])
    expect(snapshot.vocabularies.audiences).toEqual([])
    expect(snapshot.vocabularies.sessionLanguages).toEqual([{ value: 'en', label: { en: 'English' } }])
    expect(snapshot.partners[0]?.level).toBe('gold')
    const sessionFields = JSON.stringify(payload.config.collections.find((c) => c.slug === TALKS)?.fields)
    expect(sessionFields).toContain('"open-data"')
    expect(sessionFields).not.toContain('"audiences"')
    expect(sessionFields).not.toContain('distance-learning')
  })

  it('stores the sessions’ times in the edition’s zone, whatever zone they were sent in', async () => {
    const { docs } = await payload.find({ collection: TALKS, where: { slug: { equals: 'open-maps' } } })
    const sentInLondon = await payload.update({
      collection: TALKS,
      id: docs[0]!.id,
      data: { start_tz: 'Europe/London', end_tz: 'Europe/London' } as never,
      overrideAccess: true,
      locale: 'en',
    })
    expect(sentInLondon.start_tz).toBe('Europe/Berlin')
    expect(sentInLondon.end_tz).toBe('Europe/Berlin')
    expect(sentInLondon.start).toBe(docs[0]?.start)
  })

  it('reads times sent without an offset on the edition’s clock, and refuses one that clock skips', async () => {
    const { docs } = await payload.find({
      collection: TALKS,
      where: { slug: { equals: 'data-commons' } },
    })
    const session = docs[0]!
    expect(session.start).toBe('2027-06-11T14:00:00.000Z')
    const save = (start: string, end: string) =>
      payload.update({
        collection: TALKS,
        id: session.id,
        data: { start, end },
        overrideAccess: true,
        locale: 'en',
      })
    const later = await save('2027-06-11T17:00', '2027-06-11 18:00')
    expect([later.start, later.end]).toEqual(['2027-06-11T15:00:00.000Z', '2027-06-11T16:00:00.000Z'])
    // 28 March 2027: Berlin's clocks go from 02:00 to 03:00.
    const refused = await save('2027-03-28T02:30', '2027-03-28T03:30').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).data.errors).toEqual([
      {
        path: 'start',
        message: expect.stringMatching(
          /"2027-03-28 02:30" does not exist in Europe\/Berlin: the clocks skip it$/,
        ),
      },
    ])
    const stored = await payload.findByID({ collection: TALKS, id: session.id, overrideAccess: true })
    expect([stored.start, stored.end]).toEqual([later.start, later.end])
    await save('2027-06-11T16:00', '2027-06-11T17:00')
  })

  it('finds a speaker booked twice among the talks, and names them in the host’s language', async () => {
    const [first] = (await payload.find({ collection: TALKS, where: { slug: { equals: 'memory-safety' } } }))
      .docs
    const twice = await payload.create({
      collection: TALKS,
      data: {
        slug: 'double-booked',
        title: 'A talk in two places',
        edition: (first!.edition as { id: number }).id,
        format: 'lecture',
        start: '2027-06-10T08:30:00.000Z',
        end: '2027-06-10T09:30:00.000Z',
        place: { hall: 'Hall B' },
        participants: [{ expert: (first!.participants![0]!.expert as { id: number }).id, role: 'speaker' }],
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
      locale: 'en',
    })
    try {
      const programmeTeam = { id: 0, team: 'programme', collection: 'accounts' }
      const req = { payload, user: programmeTeam, searchParams: new URLSearchParams(), context: {} } as never
      const { conflicts } = (await ((await conflictsEndpoint.handler(req)) as Response).json()) as {
        conflicts: Conflict[]
      }
      const found = conflicts.find((conflict) => conflict.sessions.includes(twice.id))
      expect(found?.sessions).toContain(first!.id)
      expect(found?.message.en).toContain('Grace Hartmann')
    } finally {
      await payload.delete({ collection: TALKS, id: twice.id, overrideAccess: true })
    }
  })

  it('refuses an edition in a zone outside the host’s list, naming the field, and stores nothing', async () => {
    const before = await payload.count({ collection: 'editions' })
    await expect(
      payload.create({
        collection: 'editions',
        data: {
          title: 'Elsewhere',
          slug: 'elsewhere',
          year: 2028,
          format: 'online',
          timeZone: 'Asia/Almaty',
          startDate: '2028-01-01T00:00:00.000Z',
          endDate: '2028-01-02T00:00:00.000Z',
        },
        overrideAccess: true,
        locale: 'en',
      }),
    ).rejects.toThrow(/timeZone|time zone/i)
    expect(await payload.count({ collection: 'editions' })).toEqual(before)
  })

  it('builds a site with no Moscow, no МСК, no +03:00 and no Cyrillic letter anywhere', () => {
    const published = publishedTexts(dist)
    expect(published.filter(({ file }) => file.startsWith('pagefind')).length).toBeGreaterThan(3)
    const found = published.flatMap(({ file, text }) =>
      [/Moscow/i, /МСК/, /\bMSK\b/, /\+03:00/, /\p{Script=Cyrillic}/u, /unannounced/i]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${String(pattern)} ${text.match(pattern)?.[0]}`),
    )
    expect(found).toEqual([])
  })

  it('shows Berlin summer time on pages, the late session on its day, in English, as the host', () => {
    const talk = page(dist, 'sessions/memory-safety')
    expect(talk).toMatch(/<html lang="en">/)
    expect(times(talk)).toEqual(['10:00', '11:00'])
    expect(talk).toContain('data-time-zone="Europe/Berlin"')
    expect(texts(talk, (node) => node.name === 'title')[0]).toMatch(/ — Open Source Days$/)
    expect(talk).toContain('Grace Hartmann')
    expect(talk).toContain('Rustacean GmbH')
    expect(texts(talk, (node) => node.name === 'dd')).toContain('Security')
    expect(page(dist, 'partners/rustacean-gmbh')).toContain('Gold sponsor')
    expect(page(dist, 'osd-2027/programme/topic/open-data')).toContain('Data as a commons')
    expect(times(page(dist, 'sessions/night-hack'))).toEqual(['23:30', '23:55'])
    expect(page(dist, 'osd-2027/programme/2027-06-10')).toContain('The night hack session')
    const home = page(dist, '')
    expect(home).toContain('href="https://osd.example.org/tickets"')
    expect(texts(home, (node) => node.name === 'footer')[0]).toContain('Open Source Days is a volunteer-run')
    expect(filesUnder(dist).some((file) => file.includes('/experts/grace-hartmann/'))).toBe(true)
  })

  it('gives calendars in Europe/Berlin with its VTIMEZONE', () => {
    const ics = readFileSync(path.join(dist, 'calendar/sessions/memory-safety.ics'), 'utf8')
    const { zones, events } = calendarEvents(ics)
    expect(zones).toEqual(['Europe/Berlin'])
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270610T100000\r\n')
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2027-06-10T08:00:00.000Z')
  })

  it('exports frab XML and C3VOC JSON with +02:00, and JSON-LD with the same offset', () => {
    const xml = readFileSync(path.join(dist, 'osd-2027/schedule.xml'), 'utf8')
    expect(xml).toContain('<date>2027-06-10T10:00:00+02:00</date>')
    expect(xml).toContain('<time_zone_name>Europe/Berlin</time_zone_name>')
    const json = readFileSync(path.join(dist, 'osd-2027/schedule.json'), 'utf8')
    expect(json).toContain('"date":"2027-06-10T10:00:00+02:00","start":"10:00"')
    expect(jsonLdOf(page(dist, 'sessions/memory-safety'))).toMatchObject({
      name: 'Memory safety in practice',
      startDate: '2027-06-10T10:00:00+02:00',
      inLanguage: 'en',
    })
  })

  it('indexes the sessions for search in English', () => {
    const index = publishedTexts(dist).filter(({ file }) => file.startsWith('pagefind'))
    expect(index.some(({ text }) => text.includes('Memory safety in practice'))).toBe(true)
    expect(
      index.some(
        ({ file }) =>
          /pagefind-entry\.json$/.test(file) && /"en"/.test(readFileSync(path.join(dist, file), 'utf8')),
      ),
    ).toBe(true)
  })
})
