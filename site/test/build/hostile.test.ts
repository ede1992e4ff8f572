import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  type Locale,
  type OptionalLocalizedText,
  parseSnapshot,
  routes,
  type Snapshot,
} from '@programma/shared'
import { C3VOC_STANDARDS } from '@programma/shared/standards'
import { chromiumLaunchOptions } from '@programma/tools/chromium'
import { type ServedSite, serveStaticSite } from '@programma/tools/staticSite'
import { DomUtils, parseDocument } from 'htmlparser2'
import ICAL from 'ical.js'
import { chromium } from 'playwright-core'
import sax from 'sax'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import { asPublished, holdsUncarriable, HOSTILE, HOSTILE_TEXTS } from '../../../shared/test/fixtures/hostile'
import { show, showName } from '../../src/lib/i18n'

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '../..')
const CMS = path.resolve(SITE, '../cms')
const FRAB_XSD = C3VOC_STANDARDS.frabXsd

/** Properties each calendar component may have: anything else came from text that broke out. */
const CALENDAR_PROPERTIES: Record<string, string[]> = {
  vcalendar: [
    'prodid',
    'version',
    'calscale',
    'method',
    'name',
    'description',
    'refresh-interval',
    'x-published-ttl',
    'x-wr-calname',
    'x-wr-caldesc',
    'x-wr-timezone',
  ],
  vtimezone: ['tzid', 'x-lic-location', 'last-modified'],
  standard: ['tzname', 'tzoffsetfrom', 'tzoffsetto', 'dtstart'],
  daylight: ['tzname', 'tzoffsetfrom', 'tzoffsetto', 'dtstart'],
  vevent: [
    'uid',
    'dtstamp',
    'dtstart',
    'dtend',
    'summary',
    'description',
    'location',
    'url',
    'status',
    'sequence',
    'categories',
    'created',
    'last-modified',
  ],
}

/** Attributes a browser follows or loads. */
const URL_ATTRIBUTES = /^(href|src|srcset|action|formaction|poster|cite|ping|xlink:href|data)$/i

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

/** Line breaks as every format folds them: HTML and XML readers turn CR LF into LF. */
const lines = (text: string) => text.replace(/\r\n?/g, '\n')

/** Elements and attributes in a page that the site did not write itself. */
function foreignMarkup(html: string): string[] {
  const document = parseDocument(html)
  return DomUtils.findAll(() => true, document.children).flatMap((node) => {
    const problems: string[] = []
    const { name, attribs } = node
    if (
      name === 'script' &&
      !/^\/_astro\//.test(attribs.src ?? '') &&
      attribs.type !== 'application/ld+json'
    ) {
      problems.push(`<script ${JSON.stringify(attribs)}>`)
    }
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(name)) problems.push(`<${name}>`)
    if (name === 'meta' && attribs['http-equiv']) problems.push(`<meta http-equiv=${attribs['http-equiv']}>`)
    if (name === 'img' && attribs.src === 'x') problems.push('<img src=x>')
    for (const [attribute, value] of Object.entries(attribs)) {
      if (/^on/i.test(attribute)) problems.push(`<${name} ${attribute}>`)
      if (URL_ATTRIBUTES.test(attribute) && /^\s*(javascript|data|vbscript):/i.test(value)) {
        problems.push(`<${name} ${attribute}="${value.slice(0, 40)}">`)
      }
    }
    return problems
  })
}

function pageFile(dist: string, route: string): string {
  return path.join(dist, route, 'index.html')
}

function textOf(html: string, tag: string): string[] {
  return DomUtils.getElementsByTagName(tag, parseDocument(html)).map((node) => DomUtils.textContent(node))
}

/** Every text node of a strictly parsed XML document, by the name of its element; a DOCTYPE is an error. */
function xmlTexts(xml: string): Map<string, string[]> {
  const texts = new Map<string, string[]>()
  const open: string[] = []
  const parser = sax.parser(true, {})
  parser.onerror = (error) => {
    throw error
  }
  parser.ondoctype = () => {
    throw new Error('a DOCTYPE in the output')
  }
  parser.onopentag = (tag) => open.push(tag.name)
  parser.onclosetag = () => open.pop()
  const add = (text: string) => {
    const name = open.at(-1) ?? ''
    texts.set(name, [...(texts.get(name) ?? []), text])
  }
  parser.ontext = add
  parser.oncdata = add
  parser.write(xml).close()
  return texts
}

/** What a browser shows for a piece of HTML: its text, entities decoded once. */
function htmlText(html: string): string {
  return DomUtils.textContent(parseDocument(html))
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

describe('a programme full of hostile text, from the CMS to every output of the site', () => {
  let folder = ''
  let dist = ''
  let files: string[] = []
  let snapshot: Snapshot
  let hostileEdition: Snapshot['editions'][number]

  const shownTitle = (value: OptionalLocalizedText, locale: Locale) => value[locale] ?? value.ru ?? ''
  const hostileSessions = () => snapshot.sessions.filter((session) => session.edition === hostileEdition.id)

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'programma-hostile-site-'))
    const snapshotFile = path.join(folder, 'snapshot.json')
    const media = path.join(folder, 'media')
    await run('npx', ['tsx', 'tests/helpers/writeHostileSnapshot.ts', snapshotFile, media], { cwd: CMS })
    snapshot = parseSnapshot(JSON.parse(readFileSync(snapshotFile, 'utf8')))
    hostileEdition = snapshot.editions.find((edition) => edition.year === 2021)!
    dist = path.join(folder, 'dist')
    await run('npx', ['astro', 'build', '--outDir', dist], {
      cwd: SITE,
      env: {
        ...process.env,
        SNAPSHOT_FILE: snapshotFile,
        MEDIA_DIR: media,
        CMS_URL: '',
        SITE_CACHE_DIR: path.join(folder, 'cache'),
      },
    })
    files = filesUnder(dist)
  }, 240_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('builds pages that hold the text only as text, in both languages', () => {
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(60)
    const problems = pages.flatMap((page) =>
      foreignMarkup(readFileSync(page, 'utf8')).map((problem) => `${path.relative(dist, page)}: ${problem}`),
    )
    expect(problems).toEqual([])
  })

  it('titles and heads every session, expert and partner page with the text as typed', () => {
    const pages = [
      ...hostileSessions().map((session) => ({
        of: session.title,
        shown: show,
        route: routes.session,
        slug: session.slug,
      })),
      ...snapshot.experts.map((expert) => ({
        of: expert.name,
        shown: showName,
        route: routes.expert,
        slug: expert.slug,
      })),
      ...snapshot.partners.map((partner) => ({
        of: partner.name,
        shown: show,
        route: routes.partner,
        slug: partner.slug,
      })),
    ]
    expect(pages.length).toBeGreaterThan(8)
    const titled: string[] = []
    for (const locale of snapshot.locales) {
      for (const page of pages) {
        const html = readFileSync(pageFile(dist, page.route(locale, page.slug)), 'utf8')
        const expected = lines(page.shown(page.of, locale)?.text ?? '')
        expect(lines(textOf(html, 'title')[0] ?? ''), page.slug).toBe(
          `${expected} — ${show(snapshot.site.name, locale)?.text}`,
        )
        expect(textOf(html, 'h1').map(lines), page.slug).toContain(expected)
        titled.push(expected)
      }
    }
    for (const text of HOSTILE_TEXTS) expect(titled).toContain(lines(asPublished(text)))
  })

  it('keeps each JSON-LD block inside its script element, parseable, with the title in it', () => {
    for (const locale of snapshot.locales) {
      for (const session of hostileSessions()) {
        const html = readFileSync(pageFile(dist, routes.session(locale, session.slug)), 'utf8')
        const blocks = DomUtils.getElementsByTagName('script', parseDocument(html)).filter(
          (node) => node.attribs.type === 'application/ld+json',
        )
        expect(blocks, session.slug).toHaveLength(1)
        const json = DomUtils.textContent(blocks[0]!)
        expect(json).not.toMatch(/<\/script/i)
        const event = JSON.parse(json) as { name: string; location: unknown }
        expect(event.name).toBe(shownTitle(session.title, locale))
        expect(stringsIn(event.location)).toContain(shownTitle(session.place.hall, locale))
      }
    }
  })

  it('writes calendars in which no text adds a property, folded at 75 octets, with the text intact', () => {
    const feeds = files.filter((file) => file.endsWith('.ics'))
    expect(feeds.length).toBeGreaterThan(10)
    for (const feed of feeds) {
      const text = readFileSync(feed, 'utf8')
      const calendar = new ICAL.Component(ICAL.parse(text))
      const components = [calendar, ...calendar.getAllSubcomponents()]
      for (const component of [
        ...components,
        ...components.flatMap((inner) => inner.getAllSubcomponents()),
      ]) {
        const allowed = CALENDAR_PROPERTIES[component.name] ?? []
        const names = component.getAllProperties().map((property) => property.name)
        expect(
          names.filter((name) => !allowed.includes(name)),
          `${path.relative(dist, feed)} ${component.name}`,
        ).toEqual([])
      }
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), feed).toBeLessThanOrEqual(75)
    }
    for (const session of hostileSessions()) {
      const feed = readFileSync(path.join(dist, routes.sessionCalendar('ru', session.slug)), 'utf8')
      const event = new ICAL.Component(ICAL.parse(feed)).getFirstSubcomponent('vevent')!
      expect(lines(String(event.getFirstPropertyValue('summary')))).toContain(lines(session.title.ru ?? ''))
      expect(lines(String(event.getFirstPropertyValue('location')))).toContain(
        lines(session.place.hall.ru ?? ''),
      )
    }
  })

  it('writes schedule XML that the frab schema accepts, with no entity, and every title as typed', async () => {
    const schema = readFileSync(FRAB_XSD, 'utf8')
    for (const locale of snapshot.locales) {
      const file = path.join(dist, routes.scheduleXml(locale, hostileEdition.slug))
      const xml = readFileSync(file, 'utf8')
      const result = await validateXML({
        xml: [{ fileName: 'schedule.xml', contents: xml }],
        schema: [schema],
      })
      expect(result.errors, file).toEqual([])
      expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/)
      const titles = (xmlTexts(xml).get('title') ?? []).map(lines)
      for (const session of hostileSessions()) {
        const title = lines(shownTitle(session.title, locale))
        expect(
          titles.some((shown) => shown.endsWith(title)),
          title.slice(0, 60),
        ).toBe(true)
      }
    }
  })

  it('writes feeds and sitemaps that a strict XML reader accepts', async () => {
    const xml = files.filter((file) => /\.(xml|atom)$/.test(file))
    expect(xml.length).toBeGreaterThan(6)
    for (const file of xml) {
      const text = readFileSync(file, 'utf8')
      const result = await validateXML({
        xml: [{ fileName: 'feed.xml', contents: text }],
        normalization: 'c14n',
      })
      expect(result.errors, file).toEqual([])
      expect(() => xmlTexts(text), file).not.toThrow()
    }
    const feed = readFileSync(path.join(dist, routes.recordingsFeed('ru')), 'utf8')
    const recorded = hostileSessions().filter(
      (session) => session.recording && session.status !== 'cancelled',
    )
    expect(recorded.length).toBeGreaterThan(0)
    // Atom titles are marked as HTML: read as XML, then as HTML, they must be the text as typed.
    const entryTitles = (xmlTexts(feed).get('title') ?? []).map((title) => lines(htmlText(title)))
    for (const session of recorded) expect(entryTitles).toContain(lines(session.title.ru ?? ''))
  })

  it('writes JSON exports that parse back to the text as typed', () => {
    const exports = files.filter(
      (file) => file.endsWith('.json') && !file.includes(`${path.sep}pagefind${path.sep}`),
    )
    expect(exports.length).toBeGreaterThan(3)
    for (const file of exports) expect(() => JSON.parse(readFileSync(file, 'utf8')), file).not.toThrow()
    const schedule = stringsIn(
      JSON.parse(readFileSync(path.join(dist, routes.scheduleJson('ru', hostileEdition.slug)), 'utf8')),
    )
    for (const session of hostileSessions()) {
      expect(schedule.some((text) => text.endsWith(session.title.ru ?? ''))).toBe(true)
    }
  })

  it('carries nothing an editor could type that XML or HTML cannot hold', () => {
    const textFiles = files.filter((file) => /\.(html|xml|atom|ics|json)$/.test(file))
    expect(textFiles.filter((file) => holdsUncarriable(readFileSync(file, 'utf8')))).toEqual([])
    expect(stringsIn(snapshot)).toContain(asPublished(HOSTILE.nullByte))
  })

  describe('in a browser, with no security headers to lean on', () => {
    let site: ServedSite
    let browser: Awaited<ReturnType<typeof chromium.launch>>

    beforeAll(async () => {
      site = await serveStaticSite(dist, { headers: 'none' })
      browser = await chromium.launch(chromiumLaunchOptions())
    })
    afterAll(async () => {
      await browser?.close()
      await site?.close()
    })

    it('runs no script from the content on any page type, and search shows hits as text', async () => {
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message())
        await dialog.dismiss()
      })
      const [session] = hostileSessions()
      const [expert] = snapshot.experts
      const [partner] = snapshot.partners.filter((item) => item.stand)
      const visits = snapshot.locales.flatMap((locale) => [
        routes.home(locale),
        routes.edition(locale, hostileEdition.slug),
        routes.session(locale, session!.slug),
        routes.expert(locale, expert!.slug),
        routes.partner(locale, partner!.slug),
        routes.exhibition(locale, hostileEdition.slug),
        routes.experts(locale),
        routes.partners(locale),
        routes.recordings(locale),
      ])
      for (const route of visits) {
        await page.goto(`${site.origin}${route}`, { waitUntil: 'networkidle' })
        expect(await page.locator('img[src="x"]').count(), route).toBe(0)
      }
      await page.goto(`${site.origin}${routes.search('ru')}?q=alert`)
      const titles = page.locator('.search-result h2 a')
      await titles.first().waitFor({ timeout: 15_000 })
      const shown = await titles.allTextContents()
      const expected = hostileSessions()
        .map((item) => item.title.ru ?? '')
        .filter((title) => /alert/.test(title))
      expect(expected.length).toBeGreaterThan(0)
      for (const title of expected) expect(shown.map(lines)).toContain(lines(title))
      expect(await page.locator('.search-result script, .search-result img[src="x"]').count()).toBe(0)

      await page.evaluate(
        (slugs) => localStorage.setItem('programma:favourites', JSON.stringify(slugs)),
        hostileSessions().map((item) => item.slug),
      )
      await page.goto(`${site.origin}${routes.myProgramme('ru')}`)
      const starred = page.locator('[data-session-title]')
      await starred.first().waitFor({ timeout: 15_000 })
      const starredTitles = (await starred.allTextContents()).map(lines)
      for (const item of hostileSessions()) expect(starredTitles).toContain(lines(item.title.ru ?? ''))

      const stands = snapshot.partners.filter((item) => item.stand)
      const route = stands.map((item) => `p${String(item.id)}`).join(',')
      await page.goto(`${site.origin}${routes.exhibition('ru', hostileEdition.slug)}?route=${route}`)
      const stops = page.locator('[data-route-list] li a')
      await expect.poll(() => stops.count(), { timeout: 15_000 }).toBe(stands.length)
      const stopTexts = (await stops.allTextContents()).map(lines).join('\n')
      for (const item of stands) expect(stopTexts).toContain(lines(item.name.ru ?? ''))
      expect(dialogs).toEqual([])
      await page.close()
    }, 90_000)
  })
})
