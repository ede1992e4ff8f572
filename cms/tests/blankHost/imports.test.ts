import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { zonedTimeToUtc } from '@programma/shared'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { blankHostConfig, TALKS } from './config'

const ZONE = 'Europe/Berlin'
const PASSWORD = 'a-long-password-1234'
const quiet = { overrideAccess: true, locale: 'en', draft: false } as const

/** A file as exports write it: BOM, `;` between cells (quoted where they hold one), CRLF after every row. */
const csvOf = (rows: string[][]) => `\uFEFF${rows.map((row) => `${row.join(';')}\r\n`).join('')}`

const EXPERTS = csvOf([
  ['slug', 'name_en', 'position_en', 'organisation_en', 'city_en', 'country_en', 'published'],
  ['grace-hartmann', 'Grace Hartmann', 'Maintainer', 'Kernel Works', 'Berlin', 'Germany', 'yes'],
  ['jonas-weber', 'Jonas Weber', '', 'Free Maps Foundation', '', '', 'no'],
])

const SESSIONS = csvOf([
  [
    'slug',
    'edition',
    'forum',
    'title_en',
    'lead_en',
    'start',
    'end',
    'format',
    'language',
    'hall_en',
    'online',
    'participants',
    'status',
    'published',
  ],
  [
    'memory-safety',
    'osd-2027',
    'systems',
    'Memory safety in practice',
    'Rust in the kernel',
    '2027-06-10 10:00',
    '2027-06-10 11:00',
    'lecture',
    'en',
    'Hall A',
    'yes',
    '"moderator:jonas-weber; speaker:grace-hartmann"',
    'scheduled',
    'yes',
  ],
  [
    'night-hack',
    'osd-2027',
    '',
    'The night hack session',
    '',
    '2027-06-10 23:30',
    '2027-06-10 23:55',
    'workshop',
    'en',
    '',
    'no',
    '',
    'scheduled',
    'no',
  ],
])

/**
 * The CSV import and export on a host that is English only, in Berlin: its columns are
 * `title_en`, `name_en`, its times Berlin's, its yes and no English.
 */
describe('CSV import and export in a blank host, English only, in Europe/Berlin', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'programma-blank-imports-'))
  const config = blankHostConfig(`file:${path.join(folder, 'host.db')}`, path.join(folder, 'files'))
  let payload: Payload
  let token = ''

  async function call(method: 'GET' | 'POST', apiPath: string, body?: FormData) {
    const url = new URL(`http://localhost/api/${apiPath}`)
    const request = new Request(url, { method, body, headers: { authorization: `JWT ${token}` } })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return (method === 'GET' ? REST_GET(config) : REST_POST(config))(request, {
      params: Promise.resolve({ slug }),
    })
  }

  /** The exported file as written, its BOM kept. */
  async function exported(collection: string) {
    const response = await call('GET', `export/${collection}.csv`)
    expect(response.status).toBe(200)
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  }

  async function importFile(collection: string, csv: string, dryRun = false) {
    const form = new FormData()
    form.append('file', new Blob([csv]), `${collection}.csv`)
    const response = await call('POST', `import/${collection}${dryRun ? '?dryRun=1' : ''}`, form)
    return { status: response.status, report: await response.json() }
  }

  beforeAll(async () => {
    payload = await getPayload({ config, key: `blank-host-imports-${folder}` })
    const edition = await payload.create({
      collection: 'editions',
      data: {
        title: 'Open Source Days 2027',
        slug: 'osd-2027',
        year: 2027,
        format: 'offline',
        timeZone: ZONE,
        startDate: zonedTimeToUtc('2027-06-10', '00:00', ZONE).toISOString(),
        endDate: zonedTimeToUtc('2027-06-11', '00:00', ZONE).toISOString(),
      },
      ...quiet,
    })
    await payload.create({
      collection: 'forums',
      data: { title: 'Systems track', slug: 'systems', edition: edition.id },
      ...quiet,
    })
    await payload.create({
      collection: 'accounts' as 'users',
      data: { email: 'programme@osd.example.org', password: PASSWORD, team: 'programme' } as never,
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'accounts' as 'users',
      data: { email: 'programme@osd.example.org', password: PASSWORD },
    })
    token = String(login.token)
  }, 180_000)

  afterAll(async () => {
    await payload?.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  it('names the columns in the host’s locale and refuses another’s', async () => {
    const { status, report } = await importFile('experts', 'slug,name_ru\nx,Икс\n', true)
    expect(status).toBe(422)
    expect(report.error).toMatch(/required columns missing: name_en/)
    const unknown = await importFile('experts', 'slug,name_en,name_ru\nx,X,Икс\n', true)
    expect(unknown.report.error).toMatch(/unknown columns: name_ru/)
  })

  it('imports experts and sessions on Berlin’s clock and exports them back as they came', async () => {
    const experts = await importFile('experts', EXPERTS)
    expect(experts.status).toBe(200)
    expect(experts.report).toMatchObject({ applied: true, counts: { create: 2, reject: 0 } })
    const sessions = await importFile('sessions', SESSIONS)
    expect(sessions.status).toBe(200)
    expect(sessions.report).toMatchObject({ applied: true, counts: { create: 2, reject: 0 } })

    const { docs } = await payload.find({
      collection: TALKS,
      where: { slug: { equals: 'memory-safety' } },
      locale: 'en',
      depth: 0,
    })
    // 10:00 in Berlin's summer is 08:00 UTC.
    expect(docs[0]).toMatchObject({
      title: 'Memory safety in practice',
      start: '2027-06-10T08:00:00.000Z',
      start_tz: ZONE,
      place: { hall: 'Hall A', online: true },
    })

    expect(await exported('experts')).toBe(EXPERTS)
    expect(await exported('sessions')).toBe(SESSIONS)

    const again = await importFile('sessions', SESSIONS)
    expect(again.report.counts).toEqual({ create: 0, update: 0, unchanged: 2, reject: 0 })
  })

  it('refuses a time Berlin’s clock skips', async () => {
    const skipped = SESSIONS.replace('2027-06-10 23:30', '2027-03-28 02:30')
    const { report } = await importFile('sessions', skipped, true)
    expect(report.rows.find((row: { key: string }) => row.key === 'night-hack')).toMatchObject({
      action: 'reject',
      reasons: [expect.stringMatching(/^start: .*no such date and time in Europe\/Berlin/)],
    })
  })
})
