import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'

import { parseSnapshot, type Snapshot } from '@programma/shared'

import { DomUtils, parseDocument } from 'htmlparser2'
import ICAL from 'ical.js'

/** Builds of the site from a snapshot, and readers of their output, for the tests of what a host publishes. */

const run = promisify(execFile)
const SITE = path.resolve(import.meta.dirname, '../../site')

/** The site built from `snapshot` into `folder`/dist, its images from `media`, for forum.example.org. */
export async function buildSite(snapshot: Snapshot, folder: string, media?: string): Promise<string> {
  const snapshotFile = path.join(folder, 'snapshot.json')
  writeFileSync(snapshotFile, JSON.stringify(parseSnapshot(snapshot)))
  const dist = path.join(folder, 'dist')
  await run('npx', ['astro', 'build', '--outDir', dist], {
    cwd: SITE,
    env: {
      ...process.env,
      SNAPSHOT_FILE: snapshotFile,
      MEDIA_DIR: media ?? '',
      CMS_URL: '',
      SITE_CACHE_DIR: path.join(folder, 'cache'),
      SITE_URL: 'https://forum.example.org',
      // No earlier release: the change log starts here, and nothing is fetched from a running site.
      PREVIOUS_RELEASE_FILE: path.join(folder, 'no-previous-release.json'),
    },
  })
  return dist
}

export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

/** Every text the site publishes: pages, calendars, feeds, exports, indexes, and the search index unpacked. */
export function publishedTexts(dist: string): Array<{ file: string; text: string }> {
  return filesUnder(dist).flatMap((file) => {
    const name = path.relative(dist, file)
    if (/\.(html|ics|xml|atom|json|txt)$/.test(file))
      return [{ file: name, text: readFileSync(file, 'utf8') }]
    // Pagefind's fragments and metadata are gzipped, after a signature of their own.
    if (/\.pf_(fragment|meta)$/.test(file))
      return [{ file: name, text: gunzipSync(readFileSync(file)).toString('utf8') }]
    return []
  })
}

export const page = (dist: string, route: string) =>
  readFileSync(path.join(dist, route, 'index.html'), 'utf8')

/** What a reader sees of the elements matching a test, in document order. */
export function texts(
  html: string,
  test: (node: { name: string; attribs: Record<string, string> }) => boolean,
): string[] {
  return DomUtils.findAll(test, parseDocument(html).children).map((node) =>
    DomUtils.textContent(node).replace(/\s+/g, ' ').trim(),
  )
}

export const times = (html: string) =>
  texts(html, (node) => node.name === 'time' && node.attribs['data-show'] === 'time')
export const zoneLabels = (html: string) => texts(html, (node) => 'data-zone-label' in node.attribs)

export function jsonLdOf(html: string): Record<string, unknown> {
  const [block] = texts(html, (node) => node.name === 'script' && node.attribs.type === 'application/ld+json')
  return JSON.parse(block ?? '{}') as Record<string, unknown>
}

export function calendarEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return {
    zones: calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)),
  }
}
