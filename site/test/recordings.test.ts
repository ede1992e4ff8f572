import type { Snapshot, SnapshotSession } from '@programma/shared'
import { describe, expect, it } from 'vitest'

import { formatDuration, isoDuration } from '../src/lib/duration'
import { Programme } from '../src/lib/programme'
import { recordingFacetValues, recordingFilterAttributes } from '../src/lib/recordingFacets'
import { hasPublishedRecording, posterOf, recordedSessions } from '../src/lib/recordings'
import { recordingsArchive } from '../src/lib/recordingsArchive'
import { recordingFeedEntry } from '../src/lib/recordingsFeed'
import { sampleSnapshot } from './sampleSnapshot'

function recorded(
  slug: string,
  start: string,
  publishedAt: string | null,
  extra: Partial<SnapshotSession> = {},
): SnapshotSession {
  const base = sampleSnapshot().sessions[0]!
  const end = new Date(Date.parse(start) + 60 * 60_000).toISOString()
  return {
    ...base,
    id: slug,
    slug,
    start,
    end,
    title: { ru: `Сессия ${slug}`, en: null },
    recording: {
      provider: 'youtube' as const,
      url: 'https://youtu.be/dQw4w9WgXcQ',
      durationMinutes: 61,
      publishedAt,
    },
    ...extra,
  }
}

function archive(): Snapshot {
  const snapshot = sampleSnapshot()
  snapshot.editions.push({
    ...snapshot.editions[0]!,
    id: 2,
    slug: 'mmso-2022',
    year: 2022,
    title: { ru: 'ММСО-2022', en: null },
  })
  snapshot.sessions = [
    recorded('old', '2020-04-27T10:00:00.000Z', '2020-04-27T11:15:00.000Z'),
    recorded('late', '2020-04-26T10:00:00.000Z', '2020-05-10T09:00:00.000Z', { format: 'panel' }),
    recorded('new', '2022-04-29T10:00:00.000Z', null, { edition: 2, forum: null }),
    recorded('cancelled', '2022-04-30T10:00:00.000Z', '2022-04-30T12:00:00.000Z', { status: 'cancelled' }),
    { ...sampleSnapshot().sessions[0]!, id: 'none', slug: 'none' },
  ]
  return snapshot
}

describe('recordings archive', () => {
  it('lists every recording across editions, newest publication first, leaving out cancelled sessions', () => {
    const programme = new Programme(archive())
    expect(recordedSessions(programme).map((session) => session.slug)).toEqual(['new', 'late', 'old'])
  })

  it('dates a recording without a publication time by the session’s end', () => {
    const session = recorded('x', '2022-04-29T10:00:00.000Z', null)
    expect(hasPublishedRecording(session)).toBe(true)
    if (!hasPublishedRecording(session)) return
    const entry = recordingFeedEntry(session, new Programme(archive()), 'en', new URL('https://example.org'))
    expect(entry).toMatchObject({
      title: 'Сессия x',
      url: 'https://example.org/en/sessions/x/#player',
      published: '2022-04-29T11:00:00.000Z',
    })
    expect(entry.summary).toContain('Duration: 1 hr 1 min')
  })

  it('filters by edition, forum, format and topic, counting only recordings', () => {
    const programme = new Programme(archive())
    const sessions = recordedSessions(programme)
    expect(recordingFacetValues(programme, sessions, 'edition', 'ru')).toEqual([
      { value: 'mmso-2022', label: 'ММСО-2022', count: 1 },
      { value: 'mmso-2020', label: 'ММСО-2020', count: 2 },
    ])
    expect(recordingFacetValues(programme, sessions, 'forum', 'ru')).toEqual([
      { value: 'regiony', label: 'Регионы (2020)', count: 2 },
    ])
    expect(
      recordingFacetValues(programme, sessions, 'format', 'en').map((value) => [value.value, value.count]),
    ).toEqual([
      ['round-table', 2],
      ['panel', 1],
    ])
    expect(recordingFilterAttributes(sessions[0]!, programme)).toEqual({
      'data-edition': 'mmso-2022',
      'data-forum': '',
      'data-format': 'round-table',
      'data-topic': 'distance-learning',
    })
  })

  it('takes the poster from the first participant with a portrait, never from the video provider', () => {
    const bare = archive()
    expect(posterOf(bare.sessions[0]!, new Programme(bare))).toBeUndefined()
    const snapshot = archive()
    snapshot.media.push({
      id: 5,
      alt: { ru: 'Портрет', en: null },
      url: '/api/media/file/a.webp',
      filename: 'a.webp',
      mimeType: 'image/webp',
      width: 160,
      height: 160,
      focalX: null,
      focalY: null,
      sizes: {},
    })
    snapshot.experts[0]!.photo = 5
    expect(posterOf(snapshot.sessions[0]!, new Programme(snapshot))?.id).toBe(5)
  })
})

describe('the archive’s pages', () => {
  const programme = new Programme(archive())

  it('list every recording with its edition and forum, and leave out filters with a single value', () => {
    const { filters, cards } = recordingsArchive(programme, 'en')
    expect(cards.map((card) => [card.session.slug, card.edition?.slug, card.forum?.slug])).toEqual([
      ['new', 'mmso-2022', undefined],
      ['late', 'mmso-2020', 'regiony'],
      ['old', 'mmso-2020', 'regiony'],
    ])
    expect(cards[0]?.filters).toEqual(recordingFilterAttributes(cards[0]!.session, programme))
    expect(filters.map((group) => group.facet)).toEqual(['edition', 'format'])
    expect(filters[0]?.values.map((value) => value.href)).toEqual([
      '/en/recordings/edition/mmso-2022/',
      '/en/recordings/edition/mmso-2020/',
    ])
  })

  it('narrow a filter page to its value, still counting every recording and showing its own filter', () => {
    const { filters, cards } = recordingsArchive(programme, 'ru', { facet: 'forum', value: 'regiony' })
    expect(cards.map((card) => card.session.slug)).toEqual(['late', 'old'])
    expect(filters.map((group) => group.facet)).toEqual(['edition', 'forum', 'format'])
    expect(filters[0]?.values.map((value) => value.count)).toEqual([1, 2])
  })
})

describe('durations', () => {
  it.each([
    [88, 'ru', '1 ч 28 мин', 'PT1H28M'],
    [29, 'en', '29 mins', 'PT29M'],
    [120, 'en', '2 hrs', 'PT2H'],
  ] as const)('%i minutes read as %s', (minutes, locale, text, iso) => {
    expect(formatDuration(minutes, locale)).toBe(text)
    expect(isoDuration(minutes)).toBe(iso)
  })
})
