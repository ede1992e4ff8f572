import { describe, expect, it } from 'vitest'

import { initialPlayerState, playerTimes, videoView } from '../src/lib/player'
import { countdownText } from '../src/scripts/countdown'
import { nextChange, playerState, type PlayerTimes } from '../src/scripts/playerState'
import { autoplaySource } from '../src/scripts/videoFacade'
import { sampleSnapshot } from './sampleSnapshot'

const samara: PlayerTimes = {
  start: '2020-04-29T14:20:00.000Z',
  end: '2020-04-29T15:50:00.000Z',
  recordingFrom: '2020-04-29T16:05:00.000Z',
  notRecorded: false,
}
const at = (iso: string) => Date.parse(iso)

describe('player state', () => {
  it('counts down before the start, streams during, waits for the recording, then plays it', () => {
    expect(playerState(samara, at('2020-04-29T14:19:59Z'))).toBe('upcoming')
    expect(playerState(samara, at('2020-04-29T14:20:00Z'))).toBe('live')
    expect(playerState(samara, at('2020-04-29T15:49:59Z'))).toBe('live')
    expect(playerState(samara, at('2020-04-29T15:50:00Z'))).toBe('processing')
    expect(playerState(samara, at('2020-04-29T16:05:00Z'))).toBe('recording')
  })

  it('keeps promising a recording until there is one, unless the session was not recorded', () => {
    const waiting = { ...samara, recordingFrom: null }
    expect(playerState(waiting, at('2026-01-01T00:00:00Z'))).toBe('processing')
    expect(playerState({ ...waiting, notRecorded: true }, at('2026-01-01T00:00:00Z'))).toBe('unrecorded')
  })

  it('wakes up at the next start, end or publication', () => {
    expect(nextChange(samara, at('2020-04-29T10:00:00Z'))).toBe(at(samara.start))
    expect(nextChange(samara, at('2020-04-29T15:00:00Z'))).toBe(at(samara.end))
    expect(nextChange(samara, at('2020-04-29T16:00:00Z'))).toBe(at('2020-04-29T16:05:00Z'))
    expect(nextChange(samara, at('2020-04-29T17:00:00Z'))).toBeNull()
  })

  it('renders the page as of the snapshot, not the build’s clock', () => {
    const snapshot = sampleSnapshot()
    const session = {
      ...snapshot.sessions[0]!,
      recording: {
        provider: 'youtube' as const,
        url: 'https://youtu.be/dQw4w9WgXcQ',
        durationMinutes: 88,
        publishedAt: '2020-04-29T16:05:00.000Z',
      },
    }
    expect(initialPlayerState(session, '2020-04-20T10:00:00.000Z')).toBe('upcoming')
    expect(initialPlayerState(session, '2026-11-23T00:00:00.000Z')).toBe('recording')
    expect(initialPlayerState({ ...session, recording: null }, '2026-11-23T00:00:00.000Z')).toBe('processing')
  })

  it('never offers a recording before the session ends, even when it was published earlier', () => {
    const session = {
      ...sampleSnapshot().sessions[0]!,
      recording: {
        provider: null,
        url: 'https://youtu.be/dQw4w9WgXcQ',
        durationMinutes: null,
        publishedAt: '2020-04-01T00:00:00.000Z',
      },
    }
    expect(playerTimes(session).recordingFrom).toBe(session.end)
    expect(playerTimes({ ...session, status: 'cancelled' }).recordingFrom).toBeNull()
  })
})

describe('video view', () => {
  it('names the provider and embeds its player', () => {
    expect(videoView({ provider: null, url: 'https://vk.com/video-1_2' }, 'ru')).toEqual({
      providerLabel: 'VK Видео',
      url: 'https://vk.com/video-1_2',
      embed: { url: 'https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2', playback: 'iframe' },
    })
  })

  it('offers only a link for a link it cannot embed', () => {
    expect(videoView({ provider: 'rutube', url: 'https://rutube.ru/video/abc/' }, 'en')).toEqual({
      providerLabel: 'RUTUBE',
      url: 'https://rutube.ru/video/abc/',
      embed: null,
    })
  })
})

describe('countdown', () => {
  const minute = 60_000
  it.each([
    [3 * 24 * 60 * minute + 5 * minute, 'ru-RU', 'через 3 дня'],
    [5 * 60 * minute + 59 * minute, 'en-GB', 'in 5 hours'],
    [95 * minute, 'en-GB', 'in 95 minutes'],
    [30_000, 'ru-RU', 'через 1 минуту'],
    [1, 'en-GB', 'in 1 minute'],
  ])('says what is left: %i ms in %s', (left, locale, text) => {
    expect(countdownText(left, locale)).toBe(text)
  })
})

describe('video facade', () => {
  it('asks the provider’s player to start at once, keeping its parameters', () => {
    expect(autoplaySource('https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2')).toBe(
      'https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2&autoplay=1',
    )
  })
})
