import type { SnapshotMedia, SnapshotSession } from '@programma/shared'

import type { Programme } from './programme'

export type Recording = NonNullable<SnapshotSession['recording']>
export type RecordedSession = SnapshotSession & { recording: Recording }

/** A session readers can replay: it took place and its recording is in the programme. */
export function hasPublishedRecording(session: SnapshotSession): session is RecordedSession {
  return session.status !== 'cancelled' && session.recording !== null
}

/** When the recording appeared: its publication time, or the session's end when none was given. */
export function recordingDate(session: RecordedSession): string {
  return session.recording.publishedAt ?? session.end
}

/** When the player may offer it: never before the session ends. */
export function recordingAvailableFrom(session: SnapshotSession): string | null {
  if (!hasPublishedRecording(session)) return null
  const published = recordingDate(session)
  return Date.parse(published) > Date.parse(session.end) ? published : session.end
}

/** Every replayable session across editions, the newest recording first. */
export function recordedSessions(programme: Programme): RecordedSession[] {
  return programme.snapshot.sessions
    .filter(hasPublishedRecording)
    .sort(
      (a, b) =>
        Date.parse(recordingDate(b)) - Date.parse(recordingDate(a)) ||
        b.start.localeCompare(a.start) ||
        a.slug.localeCompare(b.slug),
    )
}

/**
 * A picture for the recording without asking the video provider for its thumbnail (a
 * third-party request): the portrait of the first participant who has one.
 */
export function posterOf(session: SnapshotSession, programme: Programme): SnapshotMedia | undefined {
  for (const participant of session.participants) {
    const photo = programme.media(programme.expert(participant.expert)?.photo ?? null)
    if (photo) return photo
  }
  return undefined
}
