import type { Locale, SnapshotEdition, SnapshotForum } from '@programma/shared'

import { type CurrentFilter, type FacetGroup, recordingFilters } from './filterGroups'
import { type Picture, picture } from './media'
import type { Programme } from './programme'
import { type RecordingFacet, recordingFilterAttributes, recordingValues } from './recordingFacets'
import { posterOf, type RecordedSession, recordedSessions } from './recordings'

/** What a recording's card shows beyond the session itself. */
export interface RecordingCardData {
  session: RecordedSession
  edition: SnapshotEdition | undefined
  forum: SnapshotForum | undefined
  poster: Picture | undefined
  /** data-* attributes the in-page filter reads. */
  filters: Record<string, string>
}

export function recordingCard(session: RecordedSession, data: Programme): RecordingCardData {
  return {
    session,
    edition: data.edition(session.edition),
    forum: data.forum(session.forum),
    poster: picture(posterOf(session, data), 'thumbnail'),
    filters: recordingFilterAttributes(session, data),
  }
}

export interface RecordingFilterPage extends CurrentFilter {
  facet: RecordingFacet
}

/**
 * The archive page: the filters, counted over every recording, and the cards of the
 * recordings it lists, newest first: all of them, or those with the filter page's value.
 */
export function recordingsArchive(
  data: Programme,
  locale: Locale,
  current?: RecordingFilterPage,
): { filters: FacetGroup[]; cards: RecordingCardData[] } {
  const recordings = recordedSessions(data)
  const shown = current
    ? recordings.filter((session) => recordingValues(session, current.facet, data).includes(current.value))
    : recordings
  return {
    filters: recordingFilters(data, recordings, locale, current),
    cards: shown.map((session) => recordingCard(session, data)),
  }
}
