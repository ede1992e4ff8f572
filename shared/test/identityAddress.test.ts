import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { programmeCalendar } from '../src/calendar'
import {
  c3vocScheduleJson,
  frabScheduleXml,
  schedule2Json,
  type ScheduleSource,
  stableUuid,
} from '../src/exports'
import { snapshotLookup } from '../src/snapshot'
import { programmeSnapshot } from './fixtures/programme'

/** A preview: its links point at its own deploy, its identifiers at the production site. */
const preview = new URL('https://deploy-preview-7--programme.netlify.app/')
const production = new URL('https://programme.example.org/')

function source(): ScheduleSource {
  const snapshot = programmeSnapshot()
  return {
    edition: snapshot.editions[0]!,
    forums: snapshot.forums,
    sessions: snapshot.sessions,
    lookup: snapshotLookup(snapshot),
    site: preview,
    identity: production,
    version: snapshot.lastModified,
    defaultLocale: snapshot.defaultLocale,
    locales: snapshot.locales,
  }
}

describe('a separate identity address', () => {
  it('gives calendar UIDs and PRODID the production host, and links the preview', () => {
    const snapshot = programmeSnapshot()
    const ics = programmeCalendar(
      { name: 'ММСО-2020', description: '', sessions: snapshot.sessions },
      { locale: 'ru', site: preview, identity: production, programme: snapshotLookup(snapshot) },
    )
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events.map((event) => event.uid)).toContain('session-1@programme.example.org')
    expect(events.every((event) => event.uid.endsWith('@programme.example.org'))).toBe(true)
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('programme.example.org')
    const urls = events.map((event) => String(event.component.getFirstPropertyValue('url')))
    expect(urls.every((url) => url.startsWith(preview.origin))).toBe(true)
  })

  it('gives export GUIDs the production host, and base URLs the preview', () => {
    const guid = stableUuid(production, 'session', 1)
    const xml = frabScheduleXml(source(), 'ru')
    expect(xml).toContain(`guid="${guid}"`)
    expect(xml).toContain(`<base_url>${preview.href}</base_url>`)
    const c3voc = JSON.stringify(c3vocScheduleJson(source(), 'ru'))
    expect(c3voc).toContain(guid)
    expect(c3voc).not.toContain(stableUuid(preview, 'session', 1))
    expect(JSON.stringify(schedule2Json(source()))).toContain(guid)
  })

  it('falls back to the links address when no identity is given', () => {
    const { identity: _identity, ...withoutIdentity } = source()
    expect(frabScheduleXml(withoutIdentity, 'ru')).toContain(`guid="${stableUuid(preview, 'session', 1)}"`)
  })
})
