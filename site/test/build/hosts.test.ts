import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { C3VOC_STANDARDS } from '@programma/shared/standards'
import { chromiumLaunchOptions } from '@programma/tools/chromium'
import { type ServedSite, serveStaticSite } from '@programma/tools/staticSite'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import {
  buildSite as build,
  calendarEvents,
  filesUnder,
  jsonLdOf,
  page,
  publishedTexts,
  texts,
  times,
  zoneLabels,
} from '@programma/tools/builtSite'
import { almatySnapshot, berlinEnglishSnapshot, LOGO, LOGO_SVG } from './hostSnapshots'

describe('a blank host: English only, Europe/Berlin, its own name, colours and logo', () => {
  let folder = ''
  let dist = ''

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'programma-berlin-site-'))
    const media = path.join(folder, 'media')
    mkdirSync(media)
    for (const size of Object.values(LOGO.sizes))
      writeFileSync(path.join(media, path.basename(size.url)), LOGO_SVG)
    dist = await build(berlinEnglishSnapshot(), folder, media)
  }, 300_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('publishes no Moscow, no МСК, no Moscow offset and no Cyrillic letter anywhere', () => {
    const published = publishedTexts(dist)
    expect(published.filter(({ file }) => file.startsWith('pagefind')).length).toBeGreaterThan(3)
    const found = published.flatMap(({ file, text }) =>
      [/Moscow/i, /МСК/, /\bMSK\b/, /\+03:00/, /\p{Script=Cyrillic}/u]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${String(pattern)} ${text.match(pattern)?.[0]}`),
    )
    expect(found).toEqual([])
  })

  it('puts every page in English at the root, with no language folders and no language switch', () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThan(20)
    for (const file of pages) {
      const html = readFileSync(file, 'utf8')
      expect(html, file).toMatch(/<html lang="en">/)
      expect(html, file).not.toMatch(/class="language"/)
    }
    expect(readdirSync(dist)).not.toContain('en')
    expect(readdirSync(dist)).not.toContain('ru')
  })

  it('shows Berlin times (summer: UTC+2), and a session after midnight there on the next day', () => {
    const samara = page(dist, 'sessions/samara')
    expect(times(samara)).toEqual(['16:20', '17:50'])
    expect(zoneLabels(samara)).toEqual(['CEST (UTC+2)'])
    expect(samara).toContain('data-time-zone="Europe/Berlin"')
    const evening = page(dist, 'sessions/vecher')
    expect(times(evening)).toEqual(['00:30', '01:30'])
    expect(texts(evening, (node) => node.attribs['data-show'] === 'date')).toEqual(['30 April 2020'])
    const secondDay = page(dist, 'mmso-2020/programme/2020-04-30')
    expect(texts(secondDay, (node) => node.name === 'h1')).toEqual(['Programme: Thursday 30 April'])
    expect(secondDay).toContain('The evening broadcast')
    expect(times(page(dist, 'mmso-2020/programme/2020-04-29'))).toEqual(['16:20', '17:50', '16:20', '17:20'])
    const moved = page(dist, 'sessions/perenesennaya')
    expect(texts(moved, (node) => node.name === 'del')).toEqual(['29 April 2020, 10:00 CEST (UTC+2)'])
    expect(texts(moved, (node) => node.attribs['data-countdown'] !== undefined)[0]).toBe(
      '30 April 2020, 10:00 CEST (UTC+2)',
    )
  })

  it('writes calendars in Europe/Berlin, with its VTIMEZONE, and add-to-calendar links in that zone', () => {
    const feeds = filesUnder(dist).filter((file) => file.endsWith('.ics'))
    expect(feeds.length).toBeGreaterThan(5)
    for (const feed of feeds) {
      const ics = readFileSync(feed, 'utf8')
      const { zones, events } = calendarEvents(ics)
      expect(zones, feed).toEqual(['Europe/Berlin'])
      for (const event of events) expect(event.startDate.zone.tzid, feed).toBe('Europe/Berlin')
      expect(ics).not.toMatch(/TZID=(?!Europe\/Berlin)/)
    }
    const samara = readFileSync(path.join(dist, 'calendar/sessions/samara.ics'), 'utf8')
    expect(samara).toContain('DTSTART;TZID=Europe/Berlin:20200429T162000\r\n')
    expect(calendarEvents(samara).events[0]?.startDate.toJSDate().toISOString()).toBe(
      '2020-04-29T14:20:00.000Z',
    )
    const google = texts(page(dist, 'sessions/samara'), (node) =>
      (node.attribs.href ?? '').startsWith('https://calendar.google.com/'),
    )
    expect(google).toHaveLength(1)
    expect(page(dist, 'sessions/samara')).toContain('ctz=Europe%2FBerlin')
  })

  it('exports frab XML and C3VOC JSON with +02:00 offsets, and JSON-LD with the same', async () => {
    const xml = readFileSync(path.join(dist, 'mmso-2020/schedule.xml'), 'utf8')
    const result = await validateXML({
      xml: [{ fileName: 'schedule.xml', contents: xml }],
      schema: [readFileSync(C3VOC_STANDARDS.frabXsd, 'utf8')],
    })
    expect(result.errors).toEqual([])
    expect(xml).toContain('<date>2020-04-29T16:20:00+02:00</date>')
    expect(xml).toContain('<start>16:20</start>')
    expect(xml).toContain('<time_zone_name>Europe/Berlin</time_zone_name>')
    expect([...xml.matchAll(/<date>[^<]*([+-]\d\d:\d\d)<\/date>/g)].map((match) => match[1])).toSatisfy(
      (offsets: string[]) => offsets.length > 3 && offsets.every((offset) => offset === '+02:00'),
    )
    const json = readFileSync(path.join(dist, 'mmso-2020/schedule.json'), 'utf8')
    expect(json).toContain('"date":"2020-04-29T16:20:00+02:00","start":"16:20"')
    expect(json).toContain('"time_zone_name":"Europe/Berlin"')
    const schedule2 = JSON.parse(readFileSync(path.join(dist, 'mmso-2020/schedule2.json'), 'utf8'))
    expect(schedule2.schedule.conference.languages).toEqual(['en'])
    expect(jsonLdOf(page(dist, 'sessions/samara'))).toMatchObject({
      name: 'The Samara experience',
      startDate: '2020-04-29T16:20:00+02:00',
      endDate: '2020-04-29T17:50:00+02:00',
      inLanguage: 'en',
    })
  })

  it('names, colours and signs every page as the host', () => {
    const home = page(dist, '')
    expect(texts(home, (node) => node.name === 'title')[0]).toMatch(/ — Demo Forum$/)
    expect(home).toContain('style="--brand: #7a1f3d; --brand-ink: #ffffff; --brand-stripe: #f0c419"')
    expect(home).toMatch(/<a class="brand has-logo"[^>]*><img src="\/media\/logo-80x32.svg"/)
    expect(readdirSync(path.join(dist, 'media')).sort()).toEqual(['logo-160x64.svg', 'logo-80x32.svg'])
    const footer = texts(home, (node) => node.name === 'footer')[0] ?? ''
    expect(footer).toContain('The forum office')
    expect(footer).toContain('Programme data are open: take them from the schedule exports.')
    expect(footer).toContain('Email: info@forum.example.org')
    expect(footer).toContain('in the Europe/Berlin time zone, CEST (UTC+2)')
    expect(home).toContain('href="https://forum.example.org/register"')
  })

  describe('in a browser in New York', () => {
    let site: ServedSite
    let browser: Awaited<ReturnType<typeof chromium.launch>>

    beforeAll(async () => {
      site = await serveStaticSite(dist)
      browser = await chromium.launch(chromiumLaunchOptions())
    })
    afterAll(async () => {
      await browser?.close()
      await site?.close()
    })

    it('switches the times from Berlin to the reader’s zone and back', async () => {
      const tab = await browser.newPage({ timezoneId: 'America/New_York' })
      await tab.goto(`${site.origin}/sessions/samara/`)
      const toggle = tab.locator('[data-zone-toggle]')
      await expect.poll(() => toggle.textContent()).toBe('Show in my time')
      await toggle.click()
      await expect
        .poll(() => tab.locator('time[data-show="time"]').allTextContents())
        .toEqual(['10:20', '11:50'])
      expect(await tab.locator('[data-zone-label]').textContent()).toBe('America/New York (UTC−4)')
      await toggle.click()
      await expect
        .poll(() => tab.locator('time[data-show="time"]').allTextContents())
        .toEqual(['16:20', '17:50'])
      expect(await tab.locator('[data-zone-label]').textContent()).toBe('CEST (UTC+2)')
      await tab.close()
    })

    it('finds sessions in English and shows their Berlin time', async () => {
      const tab = await browser.newPage({ timezoneId: 'Europe/Berlin' })
      await tab.goto(`${site.origin}/search/?q=Samara`)
      const result = tab.locator('.search-result').first()
      await result.waitFor({ timeout: 15_000 })
      expect(await result.locator('h2 a').textContent()).toBe('The Samara experience')
      expect(await result.textContent()).toContain('29 April 2020, 16:20 CEST (UTC+2)')
      await tab.close()
    })
  })
})

describe('the demo-like programme with its editions moved to Asia/Almaty, in Russian and English', () => {
  let folder = ''
  let dist = ''

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'programma-almaty-site-'))
    dist = await build(almatySnapshot(), folder)
  }, 300_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('publishes no Moscow time: no Moscow, no МСК, no +03:00', () => {
    const found = publishedTexts(dist).flatMap(({ file, text }) =>
      [/Moscow/i, /МСК/, /\bMSK\b/, /\+03:00/, /UTC\+3\b/]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file}: ${String(pattern)}`),
    )
    expect(found).toEqual([])
  })

  it('shows Almaty times (UTC+6) in both languages, Russian at the root and English under /en/', () => {
    const ru = page(dist, 'sessions/samara')
    const en = page(dist, 'en/sessions/samara')
    expect(ru).toMatch(/<html lang="ru">/)
    expect(en).toMatch(/<html lang="en">/)
    expect(times(ru)).toEqual(['20:20', '21:50'])
    expect(times(en)).toEqual(['20:20', '21:50'])
    expect(zoneLabels(ru)).toEqual(['UTC+6'])
    expect(zoneLabels(en)).toEqual(['UTC+6'])
    expect(texts(ru, (node) => node.attribs.class === 'language')).toEqual(['English'])
    expect(texts(en, (node) => node.attribs.class === 'language')).toEqual(['Русский'])
    expect(jsonLdOf(ru).startDate).toBe('2020-04-29T20:20:00+06:00')
    expect(texts(page(dist, 'mmso-2020/programme/2020-04-30'), (node) => node.name === 'h1')).toEqual([
      'Программа: четверг, 30 апреля',
    ])
    expect(times(page(dist, 'sessions/vecher'))).toEqual(['04:30', '05:30'])
  })

  it('writes calendars and exports in Asia/Almaty', () => {
    for (const feed of filesUnder(dist).filter((file) => file.endsWith('.ics'))) {
      expect(calendarEvents(readFileSync(feed, 'utf8')).zones, feed).toEqual(['Asia/Almaty'])
    }
    expect(readFileSync(path.join(dist, 'calendar/sessions/samara.ics'), 'utf8')).toContain(
      'DTSTART;TZID=Asia/Almaty:20200429T202000\r\n',
    )
    expect(readFileSync(path.join(dist, 'mmso-2020/schedule.xml'), 'utf8')).toContain(
      '<date>2020-04-29T20:20:00+06:00</date>',
    )
    expect(readFileSync(path.join(dist, 'en/mmso-2020/schedule.json'), 'utf8')).toContain(
      '"date":"2020-04-29T20:20:00+06:00"',
    )
  })
})
