import { REST_GET } from '@payloadcms/next/routes'
import { parseSnapshot, type Snapshot, SNAPSHOT_SCHEMA_VERSION } from '@programma/shared'
import type { Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pendingRebuildReasons } from '../src/siteBuild/schedule'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { createFixtures, type Fixtures } from './helpers/fixtures'
import { startPayloadWithConfig, stopPayload, TEST_DATABASES } from './helpers/payload'

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
type Node = { type: string; version: number; [key: string]: unknown }
const block = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})

/** Rich text an attacker could type: a script as text and a javascript: link. */
const hostileDescription = {
  root: block('root', [
    block('paragraph', [text('<script>alert("x")</script> и </script><img src=x onerror=alert(1)>')], {
      textFormat: 0,
    }),
    block('paragraph', [
      block('link', [text('жми')], {
        fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false },
        version: 3,
      }),
      text(' или '),
      block('link', [text('сайт')], {
        fields: { url: 'https://example.org/', linkType: 'custom', newTab: true },
        version: 3,
      }),
    ]),
  ]),
}

describe.each(TEST_DATABASES)('programme snapshot on $name', (database) => {
  let payload: Payload
  let config: Promise<SanitizedConfig>
  let f: Fixtures
  let snapshot: Snapshot

  beforeAll(async () => {
    ;({ payload, config } = await startPayloadWithConfig(database))
    f = await createFixtures(payload)
    await payload.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      overrideAccess: true,
      data: {
        description: hostileDescription,
        participants: [
          { expert: f.publishedExpert.id, role: 'moderator' },
          { expert: f.draftExpert.id, role: 'speaker' },
        ],
      },
    })
    await payload.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      locale: 'en',
      overrideAccess: true,
      data: { title: 'Distance learning in Samara' },
    })
    await payload.update({
      collection: 'sessions',
      id: f.publishedSession.id,
      draft: true,
      overrideAccess: true,
      data: { title: 'Неопубликованная правка' },
    })
    snapshot = await buildSnapshot(payload)
  })
  afterAll(() => stopPayload(payload))

  it('is valid against the shared schema', () => {
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).not.toThrow()
    expect(snapshot.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION)
    expect(snapshot).toMatchObject({ defaultLocale: 'ru', locales: ['ru', 'en'] })
  })

  it('carries the site identity the team set, its logo among the media, and rebuilds on a change', async () => {
    const unnamed = await buildSnapshot(payload)
    expect(unnamed.site).toMatchObject({ name: { ru: 'Программа', en: 'Programme' }, logo: null })
    const data = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#224466' } })
      .png()
      .toBuffer()
    const logo = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Логотип форума' },
      file: { data, name: 'forum-logo.png', mimetype: 'image/png', size: data.length },
    })
    await payload.updateGlobal({
      slug: 'site-identity',
      overrideAccess: true,
      data: {
        name: 'Форум учителей',
        organiser: 'Ассоциация',
        logo: logo.id,
        primaryColour: '#003366',
        accentColour: '#ffcc00',
        contacts: [{ channel: 'email', value: 'info@example.org' }],
        registrationUrl: 'https://example.org/register',
      },
    })
    const named = await buildSnapshot(payload)
    expect(named.site).toMatchObject({
      name: { ru: 'Форум учителей' },
      organiser: { ru: 'Ассоциация' },
      logo: logo.id,
      colours: { primary: '#003366', accent: '#ffcc00' },
      contacts: [{ channel: 'email', value: 'info@example.org' }],
      registrationUrl: 'https://example.org/register',
    })
    expect(named.media.map((item) => item.id)).toContain(logo.id)
    expect(pendingRebuildReasons()).toContain('site-identity:changed')
  })

  it('holds published documents only, in their published state', () => {
    const slugs = snapshot.sessions.map((session) => session.slug)
    expect(slugs).toContain(f.publishedSession.slug)
    expect(slugs).not.toContain(f.draftSession.slug)
    expect(JSON.stringify(snapshot)).not.toContain('Неопубликованная правка')
    expect(JSON.stringify(snapshot)).not.toContain('Черновой Эксперт')
    expect(snapshot.experts.map((expert) => expert.id)).toEqual([f.publishedExpert.id])
  })

  it('drops references to unpublished documents', () => {
    const samara = snapshot.sessions.find((session) => session.id === f.publishedSession.id)
    expect(samara?.participants).toEqual([
      { expert: f.publishedExpert.id, role: 'moderator', topic: { ru: null, en: null } },
    ])
  })

  it('carries both locales, with null where there is no translation', () => {
    const samara = snapshot.sessions.find((session) => session.id === f.publishedSession.id)
    expect(samara?.title).toEqual({ ru: f.publishedSession.title, en: 'Distance learning in Samara' })
    const expert = snapshot.experts[0]
    expect(expert?.name).toEqual({ ru: 'Анна Петрова', en: null })
  })

  it('keeps times as UTC instants and edition days in Moscow time', () => {
    const samara = snapshot.sessions.find((session) => session.id === f.publishedSession.id)
    expect(samara?.start).toBe('2020-04-29T14:20:00.000Z')
    expect(samara?.timeZone).toBe('Europe/Moscow')
    expect(samara?.stage).toBe('mmso')
    const edition = snapshot.editions.find((item) => item.id === f.edition.id)
    expect(edition).toMatchObject({ startDate: '2020-04-26', endDate: '2020-05-30' })
    expect(edition?.stages.map((stage) => stage.key)).toEqual(['mmso', 'prodolzhenie'])
  })

  it('renders rich text as sanitised HTML and plain text', () => {
    const description = snapshot.sessions.find((session) => session.id === f.publishedSession.id)?.description
    const html = description?.html.ru ?? ''
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toMatch(/<script|<img/i)
    expect(html).not.toMatch(/<[^>]+\son\w+=/i)
    expect(html).not.toMatch(/href="javascript:/i)
    expect(html).toContain(
      '<a href="https://example.org/" rel="noopener noreferrer" target="_blank">сайт</a>',
    )
    expect(description?.text.ru).toContain('<script>alert("x")</script>')
    expect(description?.html.en).toBeNull()
  })

  it('dates itself from the content, not the clock', async () => {
    const newest = [...snapshot.sessions, ...snapshot.experts]
      .map((item) => item.updatedAt)
      .sort()
      .at(-1)
    expect(snapshot.lastModified >= (newest ?? '')).toBe(true)
    const first = JSON.stringify(await buildSnapshot(payload))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(JSON.stringify(await buildSnapshot(payload))).toBe(first)
  })

  describe('GET /api/snapshot', () => {
    const get = (headers: Record<string, string> = {}) =>
      REST_GET(config)(new Request('http://localhost/api/snapshot', { headers }), {
        params: Promise.resolve({ slug: ['snapshot'] }),
      })

    it('serves the snapshot with an ETag, and 304 when it has not changed', async () => {
      const response = await get()
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
      const etag = response.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(((await response.json()) as Snapshot).sessions.length).toBe(snapshot.sessions.length)
      const again = await get({ 'if-none-match': etag ?? '' })
      expect(again.status).toBe(304)
    })

    it('changes its ETag when published content changes', async () => {
      const before = (await get()).headers.get('etag')
      await payload.update({
        collection: 'sessions',
        id: f.foreignSession.id,
        overrideAccess: true,
        data: { lead: 'Новый анонс' },
      })
      const after = await get({ 'if-none-match': before ?? '' })
      expect(after.status).toBe(200)
      expect(after.headers.get('etag')).not.toBe(before)
    })
  })
})
