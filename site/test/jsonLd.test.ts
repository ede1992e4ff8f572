import type { SnapshotSession } from '@programma/shared'
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
      startDate: '2020-04-29T17:20:00+03:00',
      endDate: '2020-04-29T18:50:00+03:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      url: 'https://programme.example.org/sessions/samara/',
      performer: [{ '@type': 'Person', name: 'Анна Петрова' }],
      superEvent: { '@type': 'Event', name: 'ММСО-2020' },
    })
  })

  it('gives the times with the offset of the edition’s zone, wherever the edition moves', () => {
    const snapshot = sampleSnapshot()
    snapshot.editions[0]!.timeZone = 'Europe/Berlin'
    const event = sessionEvent(snapshot.sessions[0]!, new Programme(snapshot), 'en', site)
    expect(event).toMatchObject({
      startDate: '2020-04-29T16:20:00+02:00',
      endDate: '2020-04-29T17:50:00+02:00',
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
      previousStartDate: '2020-04-29T13:00:00+03:00',
    })
    expect(sessionEvent({ ...session, status: 'cancelled' }, programme, 'en', site).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    )
  })

  const RUTUBE_ID = '0123456789abcdef0123456789abcdef'
  const withRecording = (
    recording: Partial<NonNullable<SnapshotSession['recording']>>,
    session: Partial<SnapshotSession> = {},
  ): SnapshotSession => ({
    ...sampleSnapshot().sessions[0]!,
    ...session,
    recording: {
      provider: 'rutube',
      url: `https://rutube.ru/video/${RUTUBE_ID}/`,
      durationMinutes: 88,
      publishedAt: '2020-04-29T16:05:00.000Z',
      ...recording,
    },
  })

  it('adds the recording as a VideoObject with the provider’s player and an ISO 8601 duration', () => {
    const snapshot = sampleSnapshot()
    expect(sessionEvent(withRecording({}), new Programme(snapshot), 'ru', site).recordedIn).toEqual({
      '@type': 'VideoObject',
      name: 'Опыт Самарской области',
      uploadDate: '2020-04-29T16:05:00.000Z',
      duration: 'PT1H28M',
      embedUrl: `https://rutube.ru/play/embed/${RUTUBE_ID}`,
      url: `https://rutube.ru/video/${RUTUBE_ID}/`,
    })
  })

  it('gives a video file as contentUrl, dates it by the session’s end when unpublished, and shows a portrait as thumbnail', () => {
    const snapshot = sampleSnapshot()
    snapshot.media.push({
      id: 7,
      alt: { ru: 'Портрет', en: null },
      url: '/api/media/file/anna.webp',
      filename: 'anna.webp',
      mimeType: 'image/webp',
      width: 480,
      height: 600,
      focalX: null,
      focalY: null,
      sizes: { portrait: { url: '/api/media/file/anna-480x600.webp', width: 480, height: 600 } },
    })
    snapshot.experts[0]!.photo = 7
    const session = withRecording({
      provider: 'file',
      url: 'https://media.example.org/samara.mp4',
      durationMinutes: 45,
      publishedAt: null,
    })
    const video = sessionEvent(session, new Programme(snapshot), 'en', site).recordedIn
    expect(video).toMatchObject({
      uploadDate: '2020-04-29T15:50:00.000Z',
      duration: 'PT45M',
      contentUrl: 'https://media.example.org/samara.mp4',
      thumbnailUrl: 'https://programme.example.org/media/anna-480x600.webp',
    })
    expect(video).not.toHaveProperty('embedUrl')
  })

  it('has no recording while there is none, nor for a cancelled session', () => {
    const snapshot = sampleSnapshot()
    const programme = new Programme(snapshot)
    expect(sessionEvent(snapshot.sessions[0]!, programme, 'ru', site)).not.toHaveProperty('recordedIn')
    expect(
      sessionEvent(withRecording({}, { status: 'cancelled' }), programme, 'ru', site),
    ).not.toHaveProperty('recordedIn')
  })

  it('cannot be broken out of with </script>', () => {
    const serialized = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' })
    expect(serialized).not.toContain('</script')
    expect(serialized).not.toContain('<')
    expect(JSON.parse(serialized)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' })
  })
})
