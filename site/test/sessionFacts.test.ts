import type { SnapshotSession } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { sessionCalendarEvent } from '../src/lib/calendarLinks'
import { materialLinks } from '../src/lib/materials'
import { participantsByRole } from '../src/lib/participants'
import { Programme } from '../src/lib/programme'
import { placeParts, sessionSummary } from '../src/lib/sessionFacts'
import { sampleSnapshot } from './sampleSnapshot'

const base = sampleSnapshot().sessions[0]!
const inHall = (online: boolean): SnapshotSession => ({
  ...base,
  place: { hall: { ru: 'Студия 3', en: 'Studio 3' }, online },
})

describe('where a session takes place', () => {
  it('names the hall and says when it is also online', () => {
    expect(placeParts(inHall(true), 'en')).toEqual(['Studio 3', 'Online'])
    expect(placeParts(inHall(false), 'ru')).toEqual(['Студия 3'])
    expect(placeParts(base, 'ru')).toEqual(['Онлайн'])
  })

  it('follows the role and the format in a list’s line', () => {
    expect(sessionSummary(inHall(true), 'en', 'Speaker')).toBe('Speaker · Round table · Studio 3 · Online')
    expect(sessionSummary(inHall(false), 'ru')).toBe('Круглый стол · Студия 3')
  })
})

describe('a session’s participants', () => {
  it('come by role in the vocabulary’s order, unknown experts left out', () => {
    const snapshot = sampleSnapshot()
    const [anna] = snapshot.experts
    snapshot.experts.push({ ...anna!, id: 2, slug: 'ivan' })
    const session: SnapshotSession = {
      ...base,
      participants: [
        { expert: 2, role: 'speaker', topic: { ru: null, en: null } },
        { expert: 404, role: 'speaker', topic: { ru: null, en: null } },
        { expert: 1, role: 'moderator', topic: { ru: null, en: null } },
      ],
    }
    const roles = participantsByRole(session, new Programme(snapshot))
    expect(roles.map(({ role, people }) => [role.value, people.map((expert) => expert.slug)])).toEqual([
      ['moderator', ['anna-petrova']],
      ['speaker', ['ivan']],
    ])
  })
})

describe('a session’s materials', () => {
  it('link to the web address or the uploaded file, and never to anything but http(s)', () => {
    const snapshot = sampleSnapshot()
    snapshot.media.push({
      id: 7,
      alt: { ru: 'Слайды', en: null },
      url: 'https://cms.example.org/api/media/file/slides.pdf',
      filename: 'slides.pdf',
      mimeType: 'application/pdf',
      width: null,
      height: null,
      focalX: null,
      focalY: null,
      sizes: {},
    })
    const title = { ru: 'Слайды', en: null }
    const links = materialLinks(
      [
        { title, url: 'https://example.org/report', media: null },
        { title, url: null, media: 7 },
        { title, url: 'javascript:alert(1)', media: null },
        { title, url: null, media: 404 },
      ],
      new Programme(snapshot),
    )
    expect(links.map((link) => link.href)).toEqual([
      'https://example.org/report',
      'https://cms.example.org/api/media/file/slides.pdf',
    ])
  })
})

describe('a session for the “add to calendar” links', () => {
  it('has its page as the details and its place as the location', () => {
    expect(
      sessionCalendarEvent(inHall(true), 'en', new URL('https://programme.example.org'), 'Asia/Almaty'),
    ).toEqual({
      title: 'Опыт Самарской области',
      start: base.start,
      end: base.end,
      timeZone: 'Asia/Almaty',
      details: 'https://programme.example.org/en/sessions/samara/',
      location: 'Studio 3, Online',
    })
  })
})
