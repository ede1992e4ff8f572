import { describe, expect, it } from 'vitest'

import { serializeJsonLd, sessionEvent } from '../src/lib/jsonLd'
import { Programme } from '../src/lib/programme'
import { sampleSnapshot } from './sampleSnapshot'

const site = new URL('https://programme.example.org')

describe('session JSON-LD', () => {
  it('describes the session as a schema.org Event', () => {
    const snapshot = sampleSnapshot()
    const event = sessionEvent(snapshot.sessions[0]!, new Programme(snapshot), 'ru', site)
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Опыт Самарской области',
      startDate: '2020-04-29T14:20:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      url: 'https://programme.example.org/sessions/samara/',
      performer: [{ '@type': 'Person', name: 'Анна Петрова' }],
      superEvent: { '@type': 'Event', name: 'ММСО-2020' },
    })
  })

  it('marks a moved session with its previous start and a cancelled one as cancelled', () => {
    const snapshot = sampleSnapshot()
    const session = snapshot.sessions[0]!
    const programme = new Programme(snapshot)
    const moved = sessionEvent(
      { ...session, status: 'moved', previousStart: '2020-04-29T10:00:00.000Z' },
      programme,
      'en',
      site,
    )
    expect(moved).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2020-04-29T10:00:00.000Z',
    })
    expect(sessionEvent({ ...session, status: 'cancelled' }, programme, 'en', site).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    )
  })

  it('adds the recording as a VideoObject', () => {
    const snapshot = sampleSnapshot()
    const session = {
      ...snapshot.sessions[0]!,
      recording: {
        provider: 'rutube' as const,
        url: 'https://rutube.ru/video/abc/',
        durationMinutes: 88,
        publishedAt: '2020-04-29T16:05:00.000Z',
      },
    }
    expect(sessionEvent(session, new Programme(snapshot), 'ru', site).recordedIn).toEqual({
      '@type': 'VideoObject',
      name: 'Опыт Самарской области',
      embedUrl: 'https://rutube.ru/video/abc/',
      uploadDate: '2020-04-29T16:05:00.000Z',
      duration: 'PT88M',
    })
  })

  it('cannot be broken out of with </script>', () => {
    const serialized = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' })
    expect(serialized).not.toContain('</script')
    expect(serialized).not.toContain('<')
    expect(JSON.parse(serialized)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' })
  })
})
