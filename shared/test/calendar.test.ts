import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { programmeCalendar, sessionUid } from '../src/calendar'
import { type Snapshot, snapshotLookup } from '../src/snapshot'
import { programmeSnapshot, TRICKY_TITLE } from './fixtures/programme'

const site = new URL('https://programme.example.org')

function feedOf(snapshot: Snapshot, locale: 'ru' | 'en' = 'ru'): string {
  return programmeCalendar(
    { name: 'ММСО-2020: вся программа', description: 'Сессии салона', sessions: snapshot.sessions },
    { locale, site, programme: snapshotLookup(snapshot) },
  )
}

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) }
}

function eventById(ics: string, id: number) {
  const { events } = eventsOf(ics)
  const event = events.find((candidate) => candidate.uid === `session-${id}@programme.example.org`)
  if (!event) throw new Error(`no event for session ${id}`)
  return event
}

describe('programmeCalendar', () => {
  it('gives every session its start and end in UTC as the snapshot has them', () => {
    const snapshot = programmeSnapshot()
    const ics = feedOf(snapshot)
    for (const session of snapshot.sessions) {
      const event = eventById(ics, Number(session.id))
      expect(event.startDate.toJSDate().toISOString()).toBe(session.start)
      expect(event.endDate.toJSDate().toISOString()).toBe(session.end)
      expect(event.startDate.zone.tzid).toBe('Europe/Moscow')
    }
    expect(ics).toContain('DTSTART;TZID=Europe/Moscow:20200429T172000\r\n')
  })

  it('writes the times on the clock of the session’s edition, wherever the session itself says it is', () => {
    const snapshot = programmeSnapshot()
    snapshot.editions[0]!.timeZone = 'Europe/Berlin'
    const ics = feedOf(snapshot, 'en')
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20200429T162000\r\n')
    expect(ics).not.toContain('Moscow')
    const { calendar, events } = eventsOf(ics)
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Europe/Berlin'])
    for (const [index, event] of events.entries()) {
      expect(event.startDate.zone.tzid).toBe('Europe/Berlin')
      expect(event.startDate.toJSDate().toISOString()).toBe(
        [...snapshot.sessions].sort((a, b) => a.start.localeCompare(b.start))[index]?.start,
      )
    }
  })

  it('writes exactly one VTIMEZONE for each TZID the events use', () => {
    const snapshot = programmeSnapshot()
    const edition = { ...snapshot.editions[0]!, id: 2, slug: 'berlin-2020', timeZone: 'Europe/Berlin' }
    const berlin = { ...snapshot.sessions[0]!, id: 9, slug: 'berlin', edition: 2 }
    const { calendar, events } = eventsOf(
      feedOf({
        ...snapshot,
        editions: [...snapshot.editions, edition],
        sessions: [...snapshot.sessions, berlin],
      }),
    )
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))
    const used = new Set(events.map((event) => event.startDate.zone.tzid))
    expect([...zones].sort()).toEqual([...used].sort())
    expect(zones).toHaveLength(2)
  })

  it('gives sessions unique UIDs made from their ids, identical in two generations', () => {
    const first = feedOf(programmeSnapshot())
    const renamed = programmeSnapshot()
    renamed.sessions[0]!.slug = 'samara-renamed'
    const second = feedOf(programmeSnapshot())
    expect(second).toBe(first)
    const uids = eventsOf(first).events.map((event) => event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    expect(eventsOf(feedOf(renamed)).events.map((event) => event.uid)).toEqual(uids)
    expect(sessionUid(programmeSnapshot().sessions[0]!, site)).toBe('session-1@programme.example.org')
  })

  it('raises SEQUENCE when a session’s revision rises', () => {
    const before = programmeSnapshot()
    const after = programmeSnapshot()
    after.sessions[0]!.revision = before.sessions[0]!.revision + 1
    after.sessions[0]!.start = '2020-04-29T16:00:00.000Z'
    after.sessions[0]!.end = '2020-04-29T17:00:00.000Z'
    expect(eventById(feedOf(after), 1).sequence).toBeGreaterThan(eventById(feedOf(before), 1).sequence)
  })

  it('keeps a cancelled session, marked STATUS:CANCELLED, and the others CONFIRMED', () => {
    const ics = feedOf(programmeSnapshot())
    const cancelled = eventById(ics, 3)
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(eventById(ics, 1).component.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('stamps events in UTC from the content, not the clock', () => {
    const ics = feedOf(programmeSnapshot())
    const event = eventById(ics, 1)
    const stamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.zone).toBe(ICAL.Timezone.utcTimezone)
    expect(stamp.toJSDate().toISOString()).toBe('2020-04-21T08:30:00.000Z')
    expect(ics).toMatch(/\r\nDTSTAMP:20200421T083000Z\r\n/)
    expect(ics).toMatch(/\r\nLAST-MODIFIED:20200421T083000Z\r\n/)
  })

  it('escapes text from the CMS so that it cannot add a property or an event', () => {
    const snapshot = programmeSnapshot()
    const hostileName = 'Программа, 2020; \\ конец\r\nBEGIN:VEVENT'
    const ics = programmeCalendar(
      { name: hostileName, description: hostileName, sessions: snapshot.sessions },
      { locale: 'ru', site, programme: snapshotLookup(snapshot) },
    )
    const { calendar, events } = eventsOf(ics)
    expect(events).toHaveLength(snapshot.sessions.length)
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(snapshot.sessions.length)
    expect(ics).not.toMatch(/^SUMMARY:injected/m)
    expect(eventById(ics, 3).summary).toBe(`Отменено: ${TRICKY_TITLE.replace(/\r\n/g, '\n')}`)
    // ical.js does not know RFC 7986's NAME, so it hands over the escaped text as written.
    const escapedName = 'Программа\\, 2020\\; \\\\ конец\\nBEGIN:VEVENT'
    expect(calendar.getFirstPropertyValue('name')).toBe(escapedName)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escapedName)
    expect(calendar.getFirstPropertyValue('description')).toBe(hostileName.replace(/\r\n/g, '\n'))
  })

  it('folds lines at 75 octets without splitting a UTF-8 character, with CRLF line ends', () => {
    const snapshot = programmeSnapshot()
    snapshot.sessions[0]!.title.ru =
      'Цифровая образовательная среда: от пилота к норме — что дальше, и ещё раз'
    const ics = feedOf(snapshot)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const folded = lines.filter((line) => line.startsWith(' '))
    expect(folded.length).toBeGreaterThan(0)
    // A split character would decode to U+FFFD on either side of the fold.
    const bytes = Buffer.from(ics, 'utf8')
    expect(bytes.toString('utf8')).toBe(ics)
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD')
    expect(eventById(ics, 1).summary).toBe(snapshot.sessions[0]!.title.ru)
  })

  it('describes the session in plain text with participants and their roles', () => {
    const ics = feedOf(programmeSnapshot(), 'en')
    const event = eventById(ics, 1)
    expect(event.description).toContain('Moderator: Anna Petrova (rector, MSU)')
    expect(event.description).toContain('Speaker: Boris Ivanov')
    expect(event.description).not.toMatch(/<p>/)
    expect(event.location).toBe('Studio 3 · https://vk.com/video-1_2')
    expect(eventById(ics, 2).location).toBe('Online')
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://programme.example.org/en/sessions/samara/',
    )
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['Regions', 'Round table'])
  })

  it('names the calendar and asks subscribers to refresh hourly', () => {
    const { calendar } = eventsOf(feedOf(programmeSnapshot()))
    expect(calendar.getFirstPropertyValue('name')).toBe('ММСО-2020: вся программа')
    expect(calendar.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT1H')
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//programme.example.org//programma//RU')
  })

  it('does not depend on the build machine’s time zone', () => {
    const original = process.env.TZ
    process.env.TZ = 'America/New_York'
    try {
      expect(feedOf(programmeSnapshot())).toContain('DTSTART;TZID=Europe/Moscow:20200429T172000\r\n')
    } finally {
      process.env.TZ = original
    }
  })
})
