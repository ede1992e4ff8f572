import { programmeCalendar, snapshotLookup } from '@programma/shared'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { mergeCalendars } from '../src/scripts/mergeCalendars'
import { sharedIds, shareImport, shareUrl } from '../src/scripts/shareLink'
import { sampleSnapshot } from './sampleSnapshot'

const site = new URL('https://programme.example.org')

function sessionFiles(): string[] {
  const snapshot = sampleSnapshot()
  const second = {
    ...snapshot.sessions[0]!,
    id: 2,
    slug: 'vtoraya',
    title: { ru: 'Вторая, длинная сессия о цифровой среде', en: null },
  }
  snapshot.sessions.push(second)
  const context = { locale: 'ru' as const, site, programme: snapshotLookup(snapshot) }
  return snapshot.sessions.map((session) =>
    programmeCalendar(
      { name: session.title.ru ?? '', description: 'Одна сессия', sessions: [session] },
      context,
    ),
  )
}

describe('mergeCalendars', () => {
  it('keeps every event as published, one VTIMEZONE, and names the calendar', () => {
    const files = sessionFiles()
    const merged = mergeCalendars(files, 'Моя программа')
    const calendar = new ICAL.Component(ICAL.parse(merged))
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1)
    const uids = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))
    expect(uids).toEqual(['session-1@programme.example.org', 'session-2@programme.example.org'])
    expect(calendar.getAllProperties('name')).toHaveLength(1)
    expect(calendar.getFirstPropertyValue('name')).toBe('Моя программа')
    for (const file of files) {
      const event = file.slice(file.indexOf('BEGIN:VEVENT'), file.indexOf('END:VEVENT'))
      expect(merged).toContain(event)
    }
    expect(merged.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('gives an empty calendar for no files rather than failing', () => {
    const calendar = new ICAL.Component(ICAL.parse(mergeCalendars([], 'Моя программа')))
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0)
  })
})

describe('share links', () => {
  it('carry session ids in the URL and read them back', () => {
    const url = shareUrl(new URL('https://programme.example.org/my/?s=9#top'), ['12', '34'])
    expect(url).toBe('https://programme.example.org/my/?s=12,34')
    expect(sharedIds(new URL(url).search)).toEqual(['12', '34'])
    expect(sharedIds('?s=12,<script>,12,,34')).toEqual(['12', '34'])
  })

  it('fill an empty programme, and ask before changing one that has other sessions', () => {
    expect(shareImport([], ['a', 'b'])).toBe('take')
    expect(shareImport(['a', 'b', 'c'], ['a', 'b'])).toBe('nothing')
    expect(shareImport(['c'], ['a'])).toBe('ask')
    expect(shareImport(['c'], [])).toBe('nothing')
  })
})
