import type { Snapshot } from '../snapshot/schema'
import { diffStates } from './diffStates'
import type { ReleaseHistory } from './releaseHistory'
import { sessionStates } from './sessionStates'

/** Older releases are dropped past this many; the page and the feed show the recent ones. */
export const RELEASES_KEPT = 100

/**
 * The release history after publishing a snapshot. Without a previous history the programme
 * is published for the first time; a snapshot that changes nothing attendees see adds no release,
 * so rebuilding the same programme gives the same history.
 */
export function nextReleaseHistory(previous: ReleaseHistory | null, snapshot: Snapshot): ReleaseHistory {
  const sessions = sessionStates(snapshot)
  if (!previous) {
    return { version: 1, releases: [{ date: snapshot.lastModified, first: true, changes: [] }], sessions }
  }
  const changes = diffStates(previous.sessions, sessions)
  if (changes.length === 0) return { ...previous, sessions }
  const release = { date: snapshot.lastModified, first: false, changes }
  return { version: 1, releases: [release, ...previous.releases].slice(0, RELEASES_KEPT), sessions }
}
