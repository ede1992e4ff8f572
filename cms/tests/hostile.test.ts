import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { parseSnapshot, type Snapshot } from '@programma/shared'
import { DomUtils, parseDocument } from 'htmlparser2'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  asPublished,
  HOSTILE,
  HOSTILE_TEXTS,
  HOSTILE_URLS,
  holdsUncarriable,
  INVISIBLE,
  MARKUP_IN_URL,
  UNCARRIABLE,
} from '../../shared/test/fixtures/hostile'
import { exportCsv } from '../src/imports/exportCsv'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import {
  createHostileProgramme,
  DATA_LINK_LABEL,
  type HostileProgramme,
  PROPER_LINK,
  SCRIPT_LINK_LABEL,
  type WrittenText,
} from './helpers/hostileProgramme'
import { startPayload, stopPayload, TEST_DATABASES } from './helpers/payload'

type Id = number | string

function itemOf(snapshot: Snapshot, text: WrittenText): unknown {
  const items = snapshot[text.collection] as Array<{ id: Id }>
  return items.find((item) => String(item.id) === String(text.id))
}

function at(value: unknown, route: Array<string | number>): unknown {
  return route.reduce<unknown>(
    (current, key) =>
      current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined,
    value,
  )
}

/** The rendered HTML beside the plain text a rich-text entry was checked in. */
function htmlFor(snapshot: Snapshot, text: WrittenText): string {
  const locale = text.path.at(-1) as string
  return String(at(itemOf(snapshot, text), [...text.path.slice(0, -2), 'html', locale]) ?? '')
}

/** Each paragraph's text as a browser would show it: entities decoded once. */
function paragraphsOf(html: string): string[] {
  return DomUtils.getElementsByTagName('p', parseDocument(html)).map((node) => DomUtils.textContent(node))
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const where = (text: WrittenText) => `${text.collection}:${String(text.id)}.${text.path.join('.')}`

describe.each(TEST_DATABASES)('hostile text through the CMS on $name', (database) => {
  let payload: Payload
  let f: Fixtures
  let programme: HostileProgramme
  let snapshot: Snapshot

  beforeAll(async () => {
    payload = await startPayload(database)
    f = await createFixtures(payload)
    programme = await createHostileProgramme(payload, f.editor)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'programma-hostile-snapshot-')), 'snapshot.json')
    writeFileSync(file, JSON.stringify(await buildSnapshot(payload)))
    snapshot = parseSnapshot(JSON.parse(readFileSync(file, 'utf8')))
  })
  afterAll(() => stopPayload(payload))

  it('publishes every text an editor typed, in both languages, exactly as typed', () => {
    const fields = programme.written.filter((text) => text.within === 'field')
    expect(fields.length).toBeGreaterThan(100)
    const differing = fields
      .filter((text) => at(itemOf(snapshot, text), text.path) !== asPublished(text.value))
      .map((text) => `${where(text)}: ${JSON.stringify(at(itemOf(snapshot, text), text.path))?.slice(0, 80)}`)
    expect(differing).toEqual([])
    for (const payloadText of HOSTILE_TEXTS) {
      expect(fields.some((text) => text.value === payloadText)).toBe(true)
    }
  })

  it('leaves out only the control characters that XML and HTML cannot carry', () => {
    expect(stringsIn(snapshot).filter(holdsUncarriable)).toEqual([])
    const published = stringsIn(snapshot)
    expect(published).toContain(asPublished(HOSTILE.nullByte))
    expect(published).toContain(asPublished(HOSTILE.pastedControls))
    expect(asPublished(HOSTILE.pastedControls)).toBe('linebreakpage')
  })

  it('keeps rich text as plain text verbatim, and as HTML whose text is the same, escaped once', () => {
    const rich = programme.written.filter((text) => text.within === 'richText')
    expect(rich.length).toBeGreaterThan(30)
    const missing = rich
      .filter(
        (text) => !String(at(itemOf(snapshot, text), text.path) ?? '').includes(asPublished(text.value)),
      )
      .map(where)
    expect(missing).toEqual([])
    const differing = rich
      .filter((text) => !paragraphsOf(htmlFor(snapshot, text)).includes(asPublished(text.value)))
      .map(where)
    expect(differing).toEqual([])
  })

  it('lets no element but text structure and links through, and drops javascript: and data: links, keeping their words', () => {
    const rich = programme.written.filter((text) => text.within === 'richText')
    for (const html of new Set(rich.map((text) => htmlFor(snapshot, text)))) {
      const document = parseDocument(html)
      const tags = new Set(DomUtils.findAll(() => true, document.children).map((node) => node.name))
      expect([...tags].sort()).toEqual(['a', 'p'])
      const links = DomUtils.getElementsByTagName('a', document)
      expect(links.map((node) => DomUtils.textContent(node))).toEqual([
        SCRIPT_LINK_LABEL,
        DATA_LINK_LABEL,
        'программа',
      ])
      const [scriptLink, dataLink, properLink] = links.map((node) => node.attribs.href)
      for (const neutralised of [scriptLink, dataLink]) expect(['#', undefined]).toContain(neutralised)
      expect(properLink).toBe(PROPER_LINK)
      expect(links.flatMap((node) => Object.keys(node.attribs)).filter((name) => /^on/i.test(name))).toEqual(
        [],
      )
    }
  })

  it('keeps a valid link that carries markup, verbatim, for the site to escape', () => {
    const session = snapshot.sessions.find((item) => String(item.id) === String(programme.sessionIds[0]))
    expect(session?.registrationUrl).toBe(MARKUP_IN_URL)
  })

  describe('refuses script and data addresses in every link field, saying what it expects', () => {
    const linkFields = [
      {
        collection: 'editions',
        target: () => programme.editionId,
        data: (url: string) => ({ platformUrl: url }),
      },
      {
        collection: 'sessions',
        target: () => programme.sessionIds[0]!,
        data: (url: string) => ({ registrationUrl: url }),
      },
      {
        collection: 'sessions',
        target: () => programme.sessionIds[0]!,
        data: (url: string) => ({ materials: [{ title: 'Материал', url }] }),
      },
      {
        collection: 'sessions',
        target: () => programme.sessionIds[0]!,
        data: (url: string) => ({ stream: { url } }),
      },
      {
        collection: 'sessions',
        target: () => programme.sessionIds[0]!,
        data: (url: string) => ({ recording: { url } }),
      },
      {
        collection: 'experts',
        target: () => programme.expertIds[0]!,
        data: (url: string) => ({ links: [{ label: 'Сайт', url }] }),
      },
      {
        collection: 'partners',
        target: () => programme.partnerIds[0]!,
        data: (url: string) => ({ website: url }),
      },
      {
        collection: 'partners',
        target: () => programme.partnerIds[0]!,
        data: (url: string) => ({ videoPresentation: url }),
      },
      {
        collection: 'partners',
        target: () => programme.partnerIds[0]!,
        data: (url: string) => ({ materials: [{ title: 'Материал', url }] }),
      },
      {
        collection: 'partners',
        target: () => programme.partnerIds[0]!,
        data: (url: string) => ({ contacts: [{ channel: 'webinar', value: url }] }),
      },
    ] as const

    it.each(linkFields.map((field) => [`${field.collection} ${Object.keys(field.data('x'))[0]}`, field]))(
      '%s',
      async (_name, field) => {
        for (const url of HOSTILE_URLS) {
          const attempt = payload.update({
            collection: field.collection,
            id: field.target(),
            user: f.editor,
            overrideAccess: false,
            data: field.data(url) as never,
          })
          await expect(attempt, url).rejects.toMatchObject({
            data: { errors: [expect.objectContaining({ message: expect.stringMatching(/https:\/\//) })] },
          })
        }
      },
    )
  })

  it('stores text without controls, direction overrides or zero-width characters, so no export holds them', async () => {
    const typed = `Анна\u0000 ${HOSTILE.rightToLeft} ${HOSTILE.zeroWidth}\u000B`
    const expert = await payload.create({
      collection: 'experts',
      user: f.editor,
      overrideAccess: false,
      data: { name: typed, position: typed, _status: 'published' },
    })
    const stored = await payload.findByID({ collection: 'experts', id: expert.id, overrideAccess: true })
    expect(stored.name).toBe('Анна gnp.exe administrator')
    expect(stored.position).toBe(stored.name)
    const csv = await exportCsv(
      await createLocalReq({ user: { ...f.editor, collection: 'users' } }, payload),
      'experts',
    )
    expect([...UNCARRIABLE, ...INVISIBLE].filter((character) => csv.slice(1).includes(character))).toEqual([])
  })

  it('gives a page address of its own to a name with nothing to transliterate', async () => {
    const slugs: string[] = []
    for (const name of ['🎓👩‍🏫', '🎓', '<>']) {
      const expert = await payload.create({
        collection: 'experts',
        user: f.editor,
        overrideAccess: false,
        data: { name, _status: 'published' },
      })
      slugs.push(String(expert.slug))
    }
    expect(slugs).toEqual(['expert', 'expert-2', 'expert-3'])
  })

  it('refuses markup as a page address', async () => {
    for (const slug of [HOSTILE.scriptElement, HOSTILE.attributeBreak, HOSTILE.rightToLeft, 'a/../../etc']) {
      const attempt = payload.update({
        collection: 'experts',
        id: programme.expertIds[0]!,
        user: f.editor,
        overrideAccess: false,
        data: { slug },
      })
      await expect(attempt, slug).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'slug' })] },
      })
    }
  })
})
