import {
  type Locale,
  parseVideoLink,
  type SnapshotSession,
  termLabel,
  VIDEO_PROVIDERS,
  type VideoPlayback,
} from '@programma/shared'

import { type PlayerState, type PlayerTimes, playerState } from '../scripts/playerState'
import { recordingAvailableFrom } from './recordings'

type Video = NonNullable<SnapshotSession['stream']>

/** A stream or recording as the page shows it: who hosts it, the link, and what to play on click. */
export interface VideoView {
  providerLabel: string
  url: string
  /** null when the link is not one the site can embed (left from before links were checked). */
  embed: { url: string; playback: VideoPlayback } | null
}

export function videoView(video: Video | null, locale: Locale): VideoView | null {
  if (!video) return null
  const parsed = parseVideoLink(video.url)
  const provider = parsed.ok ? parsed.video.provider : video.provider
  return {
    providerLabel: provider ? termLabel(VIDEO_PROVIDERS, provider, locale) : new URL(video.url).hostname,
    url: video.url,
    embed: parsed.ok ? { url: parsed.video.embedUrl, playback: parsed.video.playback } : null,
  }
}

export function playerTimes(session: SnapshotSession): PlayerTimes {
  return {
    start: session.start,
    end: session.end,
    recordingFrom: recordingAvailableFrom(session),
    notRecorded: session.notRecorded,
  }
}

/**
 * The state the page is rendered in: as of the snapshot's own time, never the build's
 * clock, so a past session's page shows its recording even without JavaScript.
 */
export function initialPlayerState(session: SnapshotSession, snapshotTime: string): PlayerState {
  return playerState(playerTimes(session), Date.parse(snapshotTime))
}
