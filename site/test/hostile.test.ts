import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { Parser } from 'htmlparser2'
import ICAL from 'ical.js'
import sax from 'sax'
import { beforeAll, describe, expect, it } from 'vitest'

import { sampleSnapshot } from './sampleSnapshot'

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '..')

/** What an editor might paste, by mistake or on purpose, into any text field. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</script><script>alert(2)</script>',
  '</title><svg onload=alert(3)>',
  'Тема\r\nATTENDEE:mailto:victim@example.org\r\nX-INJECTED:1',
  'Зал\nDTSTART:19700101T000000Z',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e; ]]>',
  '\u202Egnp.exe — справа налево',
  'Ы'.repeat(3000),
  '"}],"injected":true,"x":[{"',
  '{{7*7}} ${7*7}',
]

/** Text fields of the snapshot that come from editors; ids, slugs, dates and URLs are the CMS's own. */
const EDITOR_TEXT = new Set([
  'title',
  'name',
  'lead',
  'theme',
  'venue',
  'city',
  'country',
  'position',
  'organisation',
  'organiser',
  'hall',
  'topic',
  'platformName',
  'organisers',
])

/** Puts a payload into every Russian and English editor text, in turn. */
function poison(value: unknown, counter = { next: 0 }, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => poison(item, counter))
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if (EDITOR_TEXT.has(key) && ('ru' in record || 'en' in record)) {
    const payload = () => `${HOSTILE[counter.next++ % HOSTILE.length]}`
    return { ru: payload(), en: payload() }
  }
  return Object.fromEntries(
    Object.entries(record).map(([name, inner]) => [name, poison(inner, counter, name)]),
  )
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

/** Elements and attributes a parser finds that the site did not write itself. */
function unsafeMarkup(html: string): string[] {
  const problems: string[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      if (
        name === 'script' &&
        !/^\/_astro\//.test(attributes.src ?? '') &&
        attributes.type !== 'application/ld+json'
      ) {
        problems.push(`<script ${JSON.stringify(attributes)}>`)
      }
      if (name === 'img' && attributes.src === 'x') problems.push('<img src=x>')
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) problems.push(`${name} ${attribute}=`)
        if (/^(href|src|action)$/.test(attribute) && /^\s*(javascript|data):/i.test(value)) {
          problems.push(`${name} ${attribute}=${value}`)
        }
      }
    },
  })
  parser.write(html)
  parser.end()
  return problems
}

function strictXml(text: string): void {
  const parser = sax.parser(true, {})
  parser.onerror = (error) => {
    throw error
  }
  parser.write(text).close()
}

describe('a programme full of hostile text', () => {
  let dist = ''
  let files: string[] = []

  beforeAll(async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'programma-hostile-'))
    const snapshotFile = path.join(folder, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(poison(sampleSnapshot())))
    mkdirSync(path.join(folder, 'media'))
    dist = path.join(folder, 'dist')
    await run('npx', ['astro', 'build', '--outDir', dist], {
      cwd: SITE,
      env: {
        ...process.env,
        SNAPSHOT_FILE: snapshotFile,
        MEDIA_DIR: path.join(folder, 'media'),
        CMS_URL: '',
      },
    })
    files = filesUnder(dist)
  }, 180_000)

  it('builds pages in which the text is only text', () => {
    const pages = files.filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(10)
    const problems = pages.flatMap((page) =>
      unsafeMarkup(readFileSync(page, 'utf8')).map((problem) => `${page}: ${problem}`),
    )
    expect(problems).toEqual([])
    const session = readFileSync(path.join(dist, 'sessions', 'samara', 'index.html'), 'utf8')
    expect(session).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps structured data parseable, with the text inside', () => {
    const blocks = files
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [
        ...readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ])
    expect(blocks.length).toBeGreaterThan(0)
    for (const [, json] of blocks) {
      expect(json).not.toMatch(/<\/script/i)
      expect(() => JSON.parse(json ?? '')).not.toThrow()
    }
    expect(
      blocks.some(([, json]) => JSON.stringify(JSON.parse(json ?? '')).includes('</script><script>alert(2)')),
    ).toBe(true)
  })

  it('writes calendars in which a newline adds no property', () => {
    const feeds = files.filter((file) => file.endsWith('.ics'))
    expect(feeds.length).toBeGreaterThan(0)
    for (const feed of feeds) {
      const text = readFileSync(feed, 'utf8')
      const calendar = new ICAL.Component(ICAL.parse(text))
      for (const event of calendar.getAllSubcomponents('vevent')) {
        const names = event.getAllProperties().map((property) => property.name)
        expect(names, feed).not.toContain('attendee')
        expect(
          names.filter((name) => name === 'dtstart'),
          feed,
        ).toHaveLength(1)
        expect(
          names.some((name) => name.startsWith('x-injected')),
          feed,
        ).toBe(false)
      }
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), feed).toBeLessThanOrEqual(75)
    }
  })

  it('writes XML that a strict parser reads, and JSON that parses', () => {
    const xml = files.filter((file) => /\.(xml|atom)$/.test(file))
    expect(xml.length).toBeGreaterThan(0)
    for (const file of xml) expect(() => strictXml(readFileSync(file, 'utf8')), file).not.toThrow()
    const json = files.filter((file) => file.endsWith('.json') && !file.includes('pagefind'))
    for (const file of json) {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'))
      expect(JSON.stringify(data), file).not.toContain('"injected":true')
    }
    const frab = ['mmso-2020/schedule.xml', 'en/mmso-2020/schedule.xml']
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n')
    expect(frab).not.toContain('<!ENTITY')
    expect(frab).toContain('&lt;!ENTITY e SYSTEM "file:///etc/passwd"&gt;]&gt;&amp;e;')
  })
})
