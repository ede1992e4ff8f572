import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { C3VOC_STANDARDS_DIR as STANDARDS } from '@programma/shared/standards'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' }
import ICAL from 'ical.js'
import { validateXML } from 'xmllint-wasm'

import { expect, test } from './support/fixtures'

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

function jsonValidator(schemaFile: string) {
  const ajv = new Ajv({ strict: false, allErrors: true })
  ajv.addMetaSchema(draft6MetaSchema)
  addFormats(ajv)
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/)
  return ajv.compile(JSON.parse(readFileSync(path.join(STANDARDS, schemaFile), 'utf8')))
}

/** What is wrong with one feed, in words; an empty list when it is right. */
function feedProblems(ics: string): string[] {
  const problems: string[] = []
  if (!ics.endsWith('END:VCALENDAR\r\n')) problems.push('does not end with END:VCALENDAR and CRLF')
  const long = ics.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)
  if (long.length > 0) problems.push(`${long.length} lines over 75 octets, e.g. ${long[0]}`)
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const zones = calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => String(zone.getFirstPropertyValue('tzid')))
  const events = calendar.getAllSubcomponents('vevent')
  const used = [
    ...new Set(events.map((event) => String(event.getFirstProperty('dtstart')?.getParameter('tzid')))),
  ]
  if (zones.sort().join() !== used.sort().join()) problems.push(`VTIMEZONEs ${zones} for TZIDs ${used}`)
  const uids = events.map((event) => String(event.getFirstPropertyValue('uid')))
  if (new Set(uids).size !== uids.length) problems.push('repeated UIDs')
  for (const event of events) {
    const uid = String(event.getFirstPropertyValue('uid'))
    if (!/^session-[\w-]+@/.test(uid)) problems.push(`UID ${uid}`)
    if ((event.getFirstPropertyValue('dtstamp') as ICAL.Time).zone !== ICAL.Timezone.utcTimezone)
      problems.push(`${uid}: DTSTAMP not in UTC`)
    const status = String(event.getFirstPropertyValue('status'))
    if (!['CONFIRMED', 'CANCELLED'].includes(status)) problems.push(`${uid}: STATUS ${status}`)
  }
  return problems
}

test('every calendar feed parses, with one VTIMEZONE per TZID, unique UIDs and UTC stamps', ({
  siteDist,
}) => {
  const feeds = filesUnder(siteDist).filter((file) => file.endsWith('.ics'))
  expect(feeds.length).toBeGreaterThan(400)
  const problems = feeds.flatMap((file) =>
    feedProblems(readFileSync(file, 'utf8')).map((problem) => `${path.relative(siteDist, file)}: ${problem}`),
  )
  expect(problems.slice(0, 20)).toEqual([])
})

test('the edition feed keeps cancelled sessions as STATUS:CANCELLED', ({ siteDist }) => {
  const ics = readFileSync(path.join(siteDist, 'calendar/mmso-2022.ics'), 'utf8')
  expect(ics).toMatch(/\r\nSTATUS:CANCELLED\r\n/)
})

test('the schedule exports validate against the C3VOC schemas', async ({ siteDist }) => {
  const v1 = jsonValidator('schedule.schema.json')
  const v2 = jsonValidator('schedule2.schema.json')
  const xsd = readFileSync(path.join(STANDARDS, 'schedule.xml.xsd'), 'utf8')
  const files = filesUnder(siteDist)
  const exports = files.filter((file) => /\/schedule2?\.(json|xml)$/.test(file))
  expect(exports.length).toBeGreaterThanOrEqual(10)
  for (const file of exports) {
    const where = path.relative(siteDist, file)
    const text = readFileSync(file, 'utf8')
    if (file.endsWith('schedule.json'))
      expect(v1(JSON.parse(text)), `${where} ${JSON.stringify(v1.errors)}`).toBe(true)
    if (file.endsWith('schedule2.json'))
      expect(v2(JSON.parse(text)), `${where} ${JSON.stringify(v2.errors)}`).toBe(true)
    if (file.endsWith('schedule.xml')) {
      const result = await validateXML({ xml: [{ fileName: 'schedule.xml', contents: text }], schema: [xsd] })
      expect(result.errors, where).toEqual([])
    }
  }
})

test('the site publishes its release history for the next build to compare with', ({ siteDist }) => {
  const history = JSON.parse(readFileSync(path.join(siteDist, 'changes.json'), 'utf8')) as {
    version: number
    releases: Array<{ date: string }>
    sessions: Array<{ id: string }>
  }
  expect(history.version).toBe(1)
  expect(history.releases.length).toBeGreaterThan(0)
  expect(history.sessions.length).toBeGreaterThan(100)
  expect(readFileSync(path.join(siteDist, 'mmso-2022/changes.atom'), 'utf8')).toContain(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
  )
})
