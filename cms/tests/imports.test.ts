import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { slugify } from '@programma/shared'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import iconv from 'iconv-lite'
import type { Payload, PayloadRequest, SanitizedConfig } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pendingRebuildReasons, rebuildNow } from '../src/siteBuild/schedule'
import { exportCsv } from '../src/imports/exportCsv'
import { spreadsheetSafe } from '../src/imports/spreadsheetSafe'
import { type ImportReport, runImport } from '../src/imports/runImport'
import type { ImportCollection } from '../src/imports/types'
import type { User } from '../src/payload-types'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe.each(TEST_DATABASES)('CSV import and export on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures
  let editorReq: PayloadRequest

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
    f = await createFixtures(payload)
    editorReq = await reqOf(f.editor)
  })
  afterAll(() => stopPayload(payload))

  const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } }, payload)

  const run = (collection: ImportCollection, text: string | Uint8Array, apply: boolean, req = editorReq) =>
    runImport(req, collection, typeof text === 'string' ? utf8(text) : text, { apply })

  /** Every document with its last change: equal before and after means nothing was written. */
  async function stateOf(collection: 'experts' | 'sessions' | 'partners') {
    const { docs } = await payload.find({
      collection,
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    return docs.map((doc) => `${doc.id}:${doc.updatedAt}`).sort()
  }

  const rejections = (report: ImportReport) =>
    Object.fromEntries(
      report.rows.filter((row) => row.action === 'reject').map((row) => [row.line, row.reasons?.join(' ')]),
    )

  async function sessionBySlug(slug: string, locale: 'ru' | 'en' = 'ru') {
    const { docs } = await payload.find({
      collection: 'sessions',
      where: { slug: { equals: slug } },
      draft: true,
      locale,
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0]
  }

  it('previews without writing, applies, and changes nothing when run again', async () => {
    const csv =
      'slug,name_ru,name_en,organisation_ru\nirina-volkova,Ирина Волкова,Irina Volkova,Гимназия № 5\n,Пётр Орлов,,\n'
    const before = await stateOf('experts')
    const preview = await run('experts', csv, false)
    expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ',', applied: false })
    expect(preview.error).toBeUndefined()
    expect(preview.rows.map((row) => [row.line, row.key, row.action])).toEqual([
      [2, 'irina-volkova', 'create'],
      [3, 'pyotr-orlov', 'create'],
    ])
    expect(await stateOf('experts')).toEqual(before)

    expect((await run('experts', csv, true)).applied).toBe(true)
    const created = await payload.find({
      collection: 'experts',
      where: { slug: { equals: 'irina-volkova' } },
      locale: 'en',
    })
    expect(created.docs[0]).toMatchObject({ name: 'Irina Volkova', _status: 'published' })
    const after = await stateOf('experts')
    expect(after).toHaveLength(before.length + 2)

    const again = await run('experts', csv, true)
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2, reject: 0 })
    expect(await stateOf('experts')).toEqual(after)
  })

  it('asks for one site rebuild after an import that changed something, none for a preview', async () => {
    await rebuildNow(payload, [])
    const csv = 'slug,name_ru\nrebuild-a,Первый\nrebuild-b,Второй\nrebuild-c,Третий\n'
    await run('experts', csv, false)
    expect(pendingRebuildReasons()).toEqual([])
    expect((await run('experts', csv, true)).applied).toBe(true)
    expect(pendingRebuildReasons()).toEqual(['import:experts'])
    await rebuildNow(payload, [])
    expect((await run('experts', csv, true)).counts.unchanged).toBe(3)
    expect(pendingRebuildReasons()).toEqual([])
  })

  it('reads a Windows-1251 file with semicolons, as Excel saves it', async () => {
    const bytes = iconv.encode('slug;name_ru;city_ru\nsemyon-yolkin;Семён Ёлкин;Тверь\n', 'win1251')
    const report = await run('experts', new Uint8Array(bytes), true)
    expect(report).toMatchObject({ encoding: 'windows-1251', delimiter: ';', applied: true })
    const saved = await payload.find({ collection: 'experts', where: { slug: { equals: 'semyon-yolkin' } } })
    expect(saved.docs[0]).toMatchObject({ name: 'Семён Ёлкин', city: 'Тверь' })
  })

  it('refuses a file that is neither UTF-8 nor Windows-1251, and one missing a required column', async () => {
    const utf16 = new Uint8Array(iconv.encode('slug,name_ru\nx,Икс\n', 'utf16le'))
    expect((await run('experts', utf16, false)).error).toMatch(/neither UTF-8 nor Windows-1251/)
    const report = await run(
      'sessions',
      'title_ru,start,end,format\nX,2020-04-27 10:00,2020-04-27 11:00,panel\n',
      true,
    )
    expect(report).toMatchObject({ applied: false, rows: [] })
    expect(report.error).toBe('Нет обязательных столбцов: edition — required columns missing: edition')
  })

  it('rejects bad rows with their line and reason, and imports nothing', async () => {
    const before = await stateOf('sessions')
    const edition = f.edition.slug
    const csv = [
      'slug,edition,forum,title_ru,start,end,format,participants',
      `good-one,${edition},,Хорошая,2020-04-27 10:00,2020-04-27 11:00,panel,moderator:${f.publishedExpert.slug}`,
      `bad-forum,${edition},net-takogo,Форум,2020-04-27 10:00,2020-04-27 11:00,panel,`,
      `bad-date,${edition},,Дата,31.02.2020 10:00,2020-04-27 11:00,panel,`,
      `twice,${edition},,Раз,2020-04-27 12:00,2020-04-27 13:00,panel,`,
      `twice,${edition},,Два,2020-04-27 12:00,2020-04-27 13:00,panel,`,
      `bad-expert,${edition},,Эксперт,2020-04-27 12:00,2020-04-27 13:00,panel,speaker:nikto`,
      `bad-edition,mmso-1999,,Выпуск,2020-04-27 12:00,2020-04-27 13:00,panel,`,
    ].join('\n')
    for (const apply of [false, true]) {
      const report = await run('sessions', csv, apply)
      expect(report.applied).toBe(false)
      expect(report.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 6 })
      expect(rejections(report)).toEqual({
        3: 'forum: «net-takogo» — нет такого форума — no such forum',
        4: expect.stringMatching(
          /^start: «31\.02\.2020 10:00» — нет такой даты и времени в поясе Europe\/Moscow/,
        ),
        5: 'slug: «twice» повторяется в строках 5, 6 — "twice" appears on lines 5, 6',
        6: 'slug: «twice» повторяется в строках 5, 6 — "twice" appears on lines 5, 6',
        7: 'participants: «nikto» — нет такого эксперта — no such expert',
        8: 'edition: «mmso-1999» — нет такого выпуска — no such edition',
      })
      expect(report.error === undefined).toBe(!apply)
    }
    expect(await stateOf('sessions')).toEqual(before)
  })

  it('finds every row the CMS refuses during the preview, and then imports nothing', async () => {
    const before = await stateOf('partners')
    const rows = Array.from(
      { length: 20 },
      (_, index) => `partner-${index},Партнёр ${index},company,https://example.org/${index}`,
    )
    rows.splice(15, 0, 'hostile,Враждебный,company,javascript:alert(1)')
    rows.splice(20, 0, 'Плохой-адрес,Плохой адрес,company,')
    const csv = ['slug,name_ru,kind,website', ...rows].join('\n')
    const preview = await run('partners', csv, false)
    expect(preview.counts).toEqual({ create: 20, update: 0, unchanged: 0, reject: 2 })
    expect(Object.keys(rejections(preview))).toEqual(['17', '22'])
    expect(rejections(preview)[17]).toMatch(/^website: /)
    expect(rejections(preview)[22]).toMatch(/^slug: /)
    const applied = await run('partners', csv, true)
    expect(applied).toMatchObject({ applied: false, counts: preview.counts })
    expect(await stateOf('partners')).toEqual(before)
  })

  it('changes only the columns the file has, and keeps talk titles of participants it lists', async () => {
    const session = f.publishedSession
    await payload.update({
      collection: 'sessions',
      id: session.id,
      overrideAccess: true,
      locale: 'ru',
      data: { participants: [{ expert: f.publishedExpert.id, role: 'moderator', topic: 'Вступление' }] },
    })
    const stored = await sessionBySlug(String(session.slug))
    await payload.update({
      collection: 'sessions',
      id: session.id,
      overrideAccess: true,
      locale: 'en',
      data: {
        title: 'Distance learning in the Samara region',
        participants: stored?.participants?.map((row) => ({ ...row, topic: 'Opening' })),
      },
    })
    await run('experts', 'slug,name_ru\nnovyy-spiker,Новый Спикер\n', true)
    const csv = [
      'slug;edition;title_ru;start;end;format;participants',
      `${session.slug};2020;${session.title};29.04.2020 17:30;29.04.2020 18:50;Круглый стол;"moderator:${f.publishedExpert.slug}; speaker:novyy-spiker"`,
    ].join('\n')
    const report = await run('sessions', csv, true)
    expect(report.error).toBeUndefined()
    expect(report.rows[0]).toMatchObject({ line: 2, action: 'update' })

    const ru = await sessionBySlug(String(session.slug))
    const en = await sessionBySlug(String(session.slug), 'en')
    expect(ru?.start).toBe('2020-04-29T14:30:00.000Z')
    expect(ru?.forum).toBe(f.forum.id)
    expect(ru?.participants?.map((row) => [row.role, row.topic])).toEqual([
      ['moderator', 'Вступление'],
      ['speaker', null],
    ])
    expect(en?.participants?.[0]?.topic).toBe('Opening')
    expect((await run('sessions', csv, false)).counts.unchanged).toBe(1)
  })

  it('saves English only with an English title; an empty English cell removes a translation', async () => {
    const header = 'slug,name_ru,name_en,position_ru,position_en'
    await run('experts', `${header}\nolga-ivanova,Ольга Иванова,Olga Ivanova,учитель,teacher\n`, true)
    const cleared = `${header}\nolga-ivanova,Ольга Иванова,,учитель,\n`
    expect((await run('experts', cleared, true)).rows[0]).toMatchObject({ action: 'update' })
    const { docs } = await payload.find({
      collection: 'experts',
      where: { slug: { equals: 'olga-ivanova' } },
      locale: 'en',
      fallbackLocale: false as never,
    })
    expect(docs[0]).toMatchObject({ name: 'Olga Ivanova', position: null })
    expect((await run('experts', cleared, false)).counts.unchanged).toBe(1)

    const untitled = await run(
      'sessions',
      `slug,edition,title_ru,title_en,lead_en,start,end,format\nno-english,2020,Без перевода,,A lead,2020-04-27 10:00,2020-04-27 11:00,panel\n`,
      false,
    )
    expect(rejections(untitled)[2]).toBe(
      "title_en: пусто, а без него английский текст строки не сохранить — empty, and the row's English text cannot be saved without it",
    )
  })

  it('matches sessions within their edition', async () => {
    const taken = String(f.publishedSession.slug)
    const header = 'slug,edition,title_ru,start,end,format'
    const elsewhere = await run(
      'sessions',
      `${header}\n${taken},${f.otherEdition.slug},Чужой адрес,2022-04-29 10:00,2022-04-29 11:00,panel\n`,
      false,
    )
    expect(rejections(elsewhere)[2]).toBe(
      `slug: «${taken}» — так называется сессия выпуска ${f.edition.slug} — a session of edition ${f.edition.slug} has this slug`,
    )
    const sameTitle = `${header}\n,2022,"${f.publishedSession.title}",2022-04-29 10:00,2022-04-29 11:00,panel\n`
    const created = await run('sessions', sameTitle, true)
    expect(created.rows[0]).toMatchObject({
      action: 'create',
      key: `${slugify(f.publishedSession.title)}-2022`,
    })
    expect((await run('sessions', sameTitle, true)).counts.unchanged).toBe(1)
  })

  it("keeps a curator to its own forums' sessions", async () => {
    const curatorReq = await reqOf(f.curator)
    const before = await stateOf('sessions')
    const header = 'slug,edition,forum,title_ru,start,end,format'
    const csv = [
      header,
      `mine,${f.edition.slug},${f.forum.slug},Своя,2020-04-27 10:00,2020-04-27 11:00,panel`,
      `theirs,${f.edition.slug},${f.otherForum.slug},Чужая,2020-04-27 10:00,2020-04-27 11:00,panel`,
      `${f.foreignSession.slug},${f.edition.slug},${f.forum.slug},Перехват,2020-04-28 12:00,2020-04-28 13:00,panel`,
    ].join('\n')
    const report = await run('sessions', csv, true, curatorReq)
    expect(report.applied).toBe(false)
    expect(report.rows.map((row) => row.action)).toEqual(['create', 'reject', 'reject'])
    expect(rejections(report)[3]).toMatch(/^forum: /)
    expect(rejections(report)[4]).toBeDefined()
    expect(await stateOf('sessions')).toEqual(before)
    expect((await run('experts', 'name_ru\nКто-то\n', true, curatorReq)).error).toMatch(
      /curators import sessions only/,
    )
    const own = await run('sessions', [header, csv.split('\n')[1]].join('\n'), true, curatorReq)
    expect(own).toMatchObject({ applied: true, counts: { create: 1 } })
  })

  it('lets editors save while a large file is being previewed', async () => {
    const rows = Array.from({ length: 1500 }, (_, index) => `preview-${index},Предпросмотр ${index}`)
    let previewed = false
    const preview = run('experts', ['slug,name_ru', ...rows].join('\n'), false).then((report) => {
      previewed = true
      return report
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    await payload.update({
      collection: 'experts',
      id: f.publishedExpert.id,
      data: { position: 'Сохранено во время предпросмотра' },
      overrideAccess: true,
    })
    expect(previewed).toBe(false)
    expect((await preview).counts.create).toBe(1500)
  })

  it('exports what it imports: a round trip changes nothing', async () => {
    await run(
      'partners',
      'slug,name_ru,name_en,kind,level,editions\nznayka,Знайка,Znayka,Компания,,2020; 2022\n',
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
    const partners = await exportCsv(editorReq, 'partners')
    expect(partners).toContain(
      `znayka;Знайка;Znayka;company;;;"${f.edition.slug}; ${f.otherEdition.slug}";да`,
    )
  })

  it('exports no cell a spreadsheet would run as a formula, and imports every such value back as it was', async () => {
    const names = [
      '=HYPERLINK("https://evil.example/","x")',
      '+7 (495) 000-00-00',
      '@SUM(A1:A9)',
      '-минус',
      "'кавычка",
    ]
    const rows = names.map((name, index) =>
      stringify([[`formula-${index}`, spreadsheetSafe(name), '', 'company', '', '']]),
    )
    const created = await run(
      'partners',
      ['slug,name_ru,name_en,kind,level,editions\n', ...rows].join(''),
      true,
    )
    expect(created.counts).toMatchObject({ create: names.length, reject: 0 })
    const csv = await exportCsv(editorReq, 'partners')
    const cells = parse(csv, { bom: true, delimiter: ';' }) as string[][]
    expect(cells.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    const again = await run('partners', csv, false)
    expect(again.counts).toMatchObject({ create: 0, update: 0, reject: 0 })
    const stored = await payload.find({
      collection: 'partners',
      where: { slug: { like: 'formula-' } },
      draft: true,
      sort: 'slug',
    })
    expect(stored.docs.map((partner) => partner.name)).toEqual(names)
  })

  describe('over HTTP', () => {
    async function tokenOf(email: string): Promise<string> {
      const { token } = await payload.login({
        collection: 'users',
        data: { email, password: 'correct-horse-battery' },
      })
      return token as string
    }

    async function call(method: 'GET' | 'POST', path: string, init: RequestInit & { as?: string } = {}) {
      const url = new URL(`http://localhost/api/${path}`)
      const headers = new Headers(init.headers)
      if (init.as) headers.set('authorization', `JWT ${await tokenOf(init.as)}`)
      const request = new Request(url, { method, body: init.body, headers })
      const slug = url.pathname.replace(/^\/api\//, '').split('/')
      const route = method === 'GET' ? REST_GET(config) : REST_POST(config)
      return route(request, { params: Promise.resolve({ slug }) })
    }

    it('refuses anonymous callers and those who are not on the team', async () => {
      expect((await call('POST', 'import/experts?dryRun=1', { body: 'name_ru\nX\n' })).status).toBe(401)
      expect((await call('GET', 'export/experts.csv')).status).toBe(401)
      const curator = { as: 'curator@example.test', body: 'name_ru\nX\n' }
      expect((await call('POST', 'import/experts?dryRun=1', curator)).status).toBe(403)
    })

    it('previews an uploaded file and imports a raw CSV body', async () => {
      const form = new FormData()
      form.append('file', new Blob([utf8('slug;name_ru\nhttp-expert;Эксперт из формы\n')]), 'experts.csv')
      const preview = await call('POST', 'import/experts?dryRun=1', { body: form, as: 'editor@example.test' })
      expect(preview.status).toBe(200)
      expect(await preview.json()).toMatchObject({ counts: { create: 1 }, applied: false, delimiter: ';' })

      const applied = await call('POST', 'import/experts', {
        body: 'slug,name_ru\nhttp-expert,Эксперт из формы\n',
        headers: { 'content-type': 'text/csv' },
        as: 'editor@example.test',
      })
      expect(applied.status).toBe(200)
      expect(await applied.json()).toMatchObject({ applied: true, counts: { create: 1 } })

      const refused = await call('POST', 'import/experts', {
        body: 'slug,name_ru\nhttp-expert,Эксперт\nhttp-expert,Эксперт\n',
        as: 'editor@example.test',
      })
      expect(refused.status).toBe(422)
    })

    it('exports CSV with a BOM, one edition at a time, and to a curator only its forums', async () => {
      const all = await call('GET', 'export/sessions.csv', { as: 'editor@example.test' })
      expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const bytes = new Uint8Array(await all.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder().decode(bytes)
      expect(text).toContain(String(f.foreignSession.slug))
      expect(text).toContain(String(f.draftSession.slug))

      const ofEdition = await (
        await call('GET', 'export/sessions.csv?edition=2022', { as: 'editor@example.test' })
      ).text()
      expect(ofEdition).not.toContain(String(f.foreignSession.slug))
      expect(
        ofEdition
          .split('\r\n')
          .slice(1, -1)
          .every((line) => line.includes(`;${f.otherEdition.slug};`)),
      ).toBe(true)

      const curators = await (await call('GET', 'export/sessions.csv', { as: 'curator@example.test' })).text()
      expect(curators).toContain(String(f.draftSession.slug))
      expect(curators).not.toContain(String(f.foreignSession.slug))
      expect(
        (await call('GET', 'export/sessions.csv?edition=1999', { as: 'editor@example.test' })).status,
      ).toBe(400)
    })
  })

  it('takes 5,000 rows in one go', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, index) => `bulk-${index},Эксперт ${index},Организация ${index % 50}`,
    )
    const csv = ['slug,name_ru,organisation_ru', ...rows].join('\n')
    const before = await stateOf('experts')
    const time = async (apply: boolean) => {
      const started = performance.now()
      const report = await run('experts', csv, apply)
      return { report, ms: Math.round(performance.now() - started) }
    }
    const preview = await time(false)
    expect(preview.report.counts.create).toBe(5000)
    expect(await stateOf('experts')).toEqual(before)
    const applied = await time(true)
    expect(applied.report.applied).toBe(true)
    expect(
      (await payload.count({ collection: 'experts', where: { slug: { like: 'bulk-' } } })).totalDocs,
    ).toBe(5000)
    const again = await time(true)
    expect(again.report.counts.unchanged).toBe(5000)
    console.log(
      `5,000 experts: preview ${preview.ms} ms, import ${applied.ms} ms, re-run (unchanged) ${again.ms} ms`,
    )
  }, 600_000)
})
