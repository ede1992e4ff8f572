import iconv from 'iconv-lite'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportCsv } from '../src/imports/exportCsv'
import { runImport } from '../src/imports/runImport'
import type { ImportCollection } from '../src/imports/specs'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe.each(TEST_DATABASES)('CSV import and export on $name', (database) => {
  let payload: Payload
  let f: Fixtures
  let editorReq: PayloadRequest

  beforeAll(async () => {
    payload = await startPayload(database)
    f = await createFixtures(payload)
    editorReq = await createLocalReq({ user: { ...f.editor, collection: 'users' } }, payload)
  })
  afterAll(() => stopPayload(payload))

  const run = (collection: ImportCollection, text: string | Uint8Array, apply: boolean, req = editorReq) =>
    runImport(req, collection, typeof text === 'string' ? utf8(text) : text, { apply })

  async function snapshotOf(collection: 'experts' | 'sessions' | 'partners') {
    const { docs } = await payload.find({
      collection,
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return docs.map((doc) => `${doc.id}:${doc.updatedAt}`).sort()
  }

  it('previews, applies, and changes nothing when run again', async () => {
    const csv =
      'slug,name_ru,name_en,organisation_ru\nirina-volkova,Ирина Волкова,Irina Volkova,Гимназия № 5\n,Пётр Орлов,,\n'
    const before = await snapshotOf('experts')
    const preview = await run('experts', csv, false)
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', counts: { create: 2, reject: 0 } })
    expect(preview.rows.map((row) => [row.line, row.key, row.action])).toEqual([
      [2, 'irina-volkova', 'create'],
      [3, 'pyotr-orlov', 'create'],
    ])
    expect(await snapshotOf('experts')).toEqual(before)

    expect((await run('experts', csv, true)).applied).toBe(true)
    const created = await payload.find({
      collection: 'experts',
      where: { slug: { equals: 'irina-volkova' } },
      locale: 'en',
    })
    expect(created.docs[0]?.name).toBe('Irina Volkova')
    expect(created.docs[0]?._status).toBe('published')
    const after = await snapshotOf('experts')

    const again = await run('experts', csv, true)
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, reject: 0 })
    expect(await snapshotOf('experts')).toEqual(after)
  })

  it('reads a Windows-1251 file with semicolons, as Excel saves it', async () => {
    const bytes = iconv.encode('slug;name_ru;city_ru\nsemyon-yolkin;Семён Ёлкин;Тверь\n', 'win1251')
    const report = await run('experts', new Uint8Array(bytes), true)
    expect(report).toMatchObject({ encoding: 'windows-1251', delimiter: ';', applied: true })
    const saved = await payload.find({ collection: 'experts', where: { slug: { equals: 'semyon-yolkin' } } })
    expect(saved.docs[0]).toMatchObject({ name: 'Семён Ёлкин', city: 'Тверь' })
  })

  it('refuses a file missing a required column, naming it', async () => {
    const report = await run(
      'sessions',
      'title_ru,start,end,format\nX,2020-04-27 10:00,2020-04-27 11:00,panel\n',
      true,
    )
    expect(report.applied).toBe(false)
    expect(report.error).toContain('edition')
  })

  it('rejects bad rows with their line and reason, and imports nothing', async () => {
    const before = await snapshotOf('sessions')
    const csv = [
      'slug,edition,forum,title_ru,start,end,format,participants',
      `good-one,${f.edition.slug},,Хорошая,2020-04-27 10:00,2020-04-27 11:00,panel,moderator:${f.publishedExpert.slug}`,
      `bad-forum,${f.edition.slug},net-takogo,Форум,2020-04-27 10:00,2020-04-27 11:00,panel,`,
      `bad-date,${f.edition.slug},,Дата,31.02.2020 10:00,2020-04-27 11:00,panel,`,
      `twice,${f.edition.slug},,Раз,2020-04-27 12:00,2020-04-27 13:00,panel,`,
      `twice,${f.edition.slug},,Два,2020-04-27 12:00,2020-04-27 13:00,panel,`,
      `bad-expert,${f.edition.slug},,Эксперт,2020-04-27 12:00,2020-04-27 13:00,panel,speaker:nikto`,
    ].join('\n')
    const report = await run('sessions', csv, true)
    expect(report.applied).toBe(false)
    expect(report.counts).toMatchObject({ create: 1, reject: 5 })
    const rejected = Object.fromEntries(
      report.rows.filter((row) => row.action === 'reject').map((row) => [row.line, row.reasons?.join(' ')]),
    )
    expect(rejected[3]).toMatch(/^forum: «net-takogo»/)
    expect(rejected[4]).toMatch(/^start: «31\.02\.2020 10:00»/)
    expect(rejected[5]).toContain('5, 6')
    expect(rejected[6]).toContain('5, 6')
    expect(rejected[7]).toMatch(/^participants: «nikto»/)
    expect(await snapshotOf('sessions')).toEqual(before)
  })

  it('writes nothing when the CMS refuses a row half-way through the file', async () => {
    const before = await snapshotOf('partners')
    const rows = Array.from(
      { length: 20 },
      (_, index) => `partner-${index},Партнёр ${index},company,https://example.org/${index}`,
    )
    rows.splice(15, 0, 'hostile,Враждебный,company,javascript:alert(1)')
    const report = await run('partners', ['slug,name_ru,kind,website', ...rows].join('\n'), true)
    expect(report.applied).toBe(false)
    expect(report.error).toMatch(/^Строка 17 \(«hostile»\)/)
    expect(await snapshotOf('partners')).toEqual(before)
  })

  it("keeps a curator to its own forums' sessions", async () => {
    const curatorReq = await createLocalReq({ user: { ...f.curator, collection: 'users' } }, payload)
    const csv = [
      'slug,edition,forum,title_ru,start,end,format',
      `mine,${f.edition.slug},${f.forum.slug},Своя,2020-04-27 10:00,2020-04-27 11:00,panel`,
      `theirs,${f.edition.slug},${f.otherForum.slug},Чужая,2020-04-27 10:00,2020-04-27 11:00,panel`,
    ].join('\n')
    const report = await run('sessions', csv, true, curatorReq)
    expect(report.applied).toBe(false)
    expect(report.rows.map((row) => row.action)).toEqual(['create', 'reject'])
    expect((await run('experts', 'name_ru\nКто-то\n', true, curatorReq)).error).toMatch(
      /curators import sessions only/,
    )
  })

  it('exports what it imports: a round trip changes nothing', async () => {
    await run(
      'partners',
      'slug,name_ru,name_en,kind,website\nznayka,Знайка,Znayka,company,https://znayka.example\n',
      true,
    )
    for (const collection of ['sessions', 'experts', 'partners'] as const) {
      const csv = await exportCsv(editorReq, collection)
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const report = await run(collection, csv, false)
      expect(report.error, collection).toBeUndefined()
      expect(report.counts, collection).toMatchObject({ create: 0, update: 0, reject: 0 })
      expect(report.counts.unchanged, collection).toBeGreaterThan(0)
    }
  })

  it('takes 5,000 rows in one go', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, index) => `bulk-${index},Эксперт ${index},Организация ${index % 50}`,
    )
    const csv = ['slug,name_ru,organisation_ru', ...rows].join('\n')
    let started = performance.now()
    const preview = await run('experts', csv, false)
    const previewMs = performance.now() - started
    expect(preview.counts.create).toBe(5000)
    started = performance.now()
    const applied = await run('experts', csv, true)
    const applyMs = performance.now() - started
    expect(applied.applied).toBe(true)
    expect(
      (await payload.count({ collection: 'experts', where: { slug: { like: 'bulk-' } } })).totalDocs,
    ).toBe(5000)
    console.log(`5,000 experts: preview ${Math.round(previewMs)} ms, import ${Math.round(applyMs)} ms`)
  }, 600_000)
})
