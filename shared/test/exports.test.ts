import { readFileSync } from 'node:fs'
import path from 'node:path'

import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' }
import { beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'

import {
  c3vocScheduleJson,
  frabScheduleXml,
  numericId,
  schedule2Json,
  type ScheduleSource,
  stableUuid,
} from '../src/exports'
import { snapshotLookup } from '../src/snapshot'
import { C3VOC_STANDARDS_DIR as STANDARDS } from '../src/standards'
import { programmeSnapshot } from './fixtures/programme'

const site = new URL('https://programme.example.org/')

function source(): ScheduleSource {
  const snapshot = programmeSnapshot()
  return {
    edition: snapshot.editions[0]!,
    forums: snapshot.forums,
    sessions: snapshot.sessions,
    lookup: snapshotLookup(snapshot),
    site,
    version: snapshot.lastModified,
    defaultLocale: snapshot.defaultLocale,
    locales: snapshot.locales,
  }
}

function validator(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true })
  ajv.addMetaSchema(draft6MetaSchema)
  addFormats(ajv)
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/)
  return ajv.compile(JSON.parse(readFileSync(path.join(STANDARDS, schemaFile), 'utf8')))
}

let validateV1: ValidateFunction
let validateV2: ValidateFunction
beforeAll(() => {
  validateV1 = validator('schedule.schema.json')
  validateV2 = validator('schedule2.schema.json')
})

describe('the validators themselves', () => {
  it('accept the pretalx example and reject a broken copy', () => {
    const example = JSON.parse(readFileSync(path.join(STANDARDS, 'example-pretalx-democon.json'), 'utf8'))
    expect(validateV1(example), JSON.stringify(validateV1.errors)).toBe(true)
    example.schedule.conference.days[0].rooms = { Hall: [{ title: 'no guid' }] }
    expect(validateV1(example)).toBe(false)
  })
})

describe('c3vocScheduleJson', () => {
  it.each(['ru', 'en'] as const)('validates against the C3VOC v1 schema (%s)', (locale) => {
    const document = c3vocScheduleJson(source(), locale)
    expect(validateV1(document), JSON.stringify(validateV1.errors, null, 1)).toBe(true)
  })

  it('places sessions on their Moscow day and time, with stable GUIDs', () => {
    const document = c3vocScheduleJson(source(), 'en') as {
      schedule: {
        conference: { days: Array<{ date: string; rooms: Record<string, Array<Record<string, unknown>>> }> }
      }
    }
    const events = document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat())
    const samara = events.find((event) => event.id === 1)
    expect(samara).toMatchObject({
      date: '2020-04-29T17:20:00+03:00',
      start: '17:20',
      duration: '01:30',
      room: 'Studio 3',
      guid: stableUuid(site, 'session', 1),
      title: 'The Samara Region',
    })
    expect(events.find((event) => event.id === 3)?.title).toMatch(/^Cancelled: /)
    expect(JSON.stringify(c3vocScheduleJson(source(), 'en'))).toBe(JSON.stringify(document))
  })
})

describe('an edition moved to another zone', () => {
  function moved(timeZone: string): ScheduleSource {
    const moved = source()
    moved.edition = { ...moved.edition, timeZone }
    return moved
  }

  it('gives every time in the C3VOC JSON and frab XML with that zone’s offset, summer time included', () => {
    const json = JSON.stringify(c3vocScheduleJson(moved('Europe/Berlin'), 'en'))
    expect(json).toContain('"date":"2020-04-29T16:20:00+02:00","start":"16:20"')
    expect(json).toContain('"time_zone_name":"Europe/Berlin"')
    expect(json).not.toMatch(/\+03:00|Moscow/)
    const xml = frabScheduleXml(moved('Asia/Almaty'), 'ru')
    expect(xml).toContain('<date>2020-04-29T20:20:00+06:00</date>')
    expect(xml).toContain('<start>20:20</start>')
    expect(xml).toContain('<time_zone_name>Asia/Almaty</time_zone_name>')
    expect(xml).not.toMatch(/\+03:00|Moscow/)
  })

  it('writes schedule2 in the site’s languages, the default first, for an English-only host', () => {
    const english = moved('Europe/Berlin')
    english.defaultLocale = 'en'
    english.locales = ['en']
    const document = schedule2Json(english) as {
      schedule: { conference: { languages: string[]; defaults: { language: string } }; events: unknown[] }
    }
    expect(validateV2(document), JSON.stringify(validateV2.errors, null, 1)).toBe(true)
    expect(document.schedule.conference.languages).toEqual(['en'])
    expect(document.schedule.conference.defaults.language).toBe('en')
    expect(JSON.stringify(document)).toContain('"start":"2020-04-29T16:20:00+02:00"')
  })
})

describe('schedule2Json', () => {
  it('validates against the schedule2 schema, with both languages and roles', () => {
    const document = schedule2Json(source()) as {
      schedule: {
        events: Array<{
          state: string
          abstract: unknown
          description: unknown
          participants: Array<{ role: string }>
        }>
      }
    }
    expect(validateV2(document), JSON.stringify(validateV2.errors, null, 1)).toBe(true)
    const [cancelled, samara, moved] = document.schedule.events
    expect(cancelled?.state).toBe('CANCELED')
    expect(moved?.state).toBe('DELAYED')
    expect(samara?.state).toBe('CONFIRMED')
    expect(samara?.participants.map((participant) => participant.role)).toEqual(['MODERATOR', 'SPEAKER'])
    expect(samara?.description).toEqual({ ru: 'Как регион учил дистанционно.' })
  })
})

describe('frabScheduleXml', () => {
  async function validate(xml: string) {
    return validateXML({
      xml: [{ fileName: 'schedule.xml', contents: xml }],
      schema: [readFileSync(path.join(STANDARDS, 'schedule.xml.xsd'), 'utf8')],
    })
  }

  it.each(['ru', 'en'] as const)('validates against the frab XSD (%s)', async (locale) => {
    const result = await validate(frabScheduleXml(source(), locale))
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('is rejected by the XSD when an event loses its GUID (the check can fail)', async () => {
    const broken = frabScheduleXml(source(), 'ru').replace(/ guid="[^"]+" id="1"/, ' id="1"')
    expect((await validate(broken)).valid).toBe(false)
  })

  it('escapes hostile titles as XML text', () => {
    const xml = frabScheduleXml(source(), 'ru')
    expect(xml).not.toContain('<injected')
    expect(xml).toContain('<title>Отменено: Итоги, планы; C:\\путь')
  })
})

describe('stable identifiers', () => {
  it('derive the same UUID from the same id and different ones from different ids', () => {
    expect(stableUuid(site, 'session', 1)).toBe(
      stableUuid(new URL('https://programme.example.org/x'), 'session', 1),
    )
    expect(stableUuid(site, 'session', 1)).not.toBe(stableUuid(site, 'session', 2))
    expect(stableUuid(site, 'session', 1)).not.toBe(stableUuid(site, 'room', 1))
    expect(stableUuid(site, 'session', 1)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('turn string ids into positive integers, the same each time', () => {
    expect(numericId(site, 'session', 7)).toBe(7)
    const fromString = numericId(site, 'session', '65f0c0ffee')
    expect(fromString).toBeGreaterThan(0)
    expect(numericId(site, 'session', '65f0c0ffee')).toBe(fromString)
  })
})
