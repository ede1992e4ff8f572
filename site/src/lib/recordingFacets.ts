import {
  hostTermChoices,
  labelIn,
  type Locale,
  SESSION_FORMATS,
  type SnapshotSession,
} from '@programma/shared'

import { type FacetKey, sessionValues } from './facets'
import { showText } from './i18n'
import type { Programme } from './programme'

/** The recordings archive spans editions, so the edition is a filter there too. */
export type RecordingFacet = 'edition' | Extract<FacetKey, 'forum' | 'format' | 'topic'>
export const RECORDING_FACETS: RecordingFacet[] = ['edition', 'forum', 'format', 'topic']

export function recordingValues(
  session: SnapshotSession,
  facet: RecordingFacet,
  programme: Programme,
): string[] {
  if (facet !== 'edition') return sessionValues(session, facet, programme)
  const edition = programme.edition(session.edition)
  return edition ? [edition.slug] : []
}

/** Forums of different years may share a name; the year tells them apart. */
function forumCandidates(programme: Programme, locale: Locale): Array<{ value: string; label: string }> {
  return programme.editions().flatMap((edition) =>
    programme.forumsOf(edition).map((forum) => ({
      value: forum.slug,
      label: `${showText(forum.title, locale)} (${edition.year})`,
    })),
  )
}

/** Every possible value in reading order: editions newest first, their forums in order, vocabularies as defined. */
function candidates(
  programme: Programme,
  facet: RecordingFacet,
  locale: Locale,
): Array<{ value: string; label: string }> {
  switch (facet) {
    case 'edition':
      return programme
        .editions()
        .map((edition) => ({ value: edition.slug, label: showText(edition.title, locale) }))
    case 'forum':
      return forumCandidates(programme, locale)
    case 'format':
      return SESSION_FORMATS.map((term) => ({ value: term.value, label: labelIn(term.label, locale) }))
    case 'topic':
      return hostTermChoices(programme.vocabulary('topics'), locale)
  }
}

export interface RecordingFacetValue {
  value: string
  label: string
  count: number
}

/** The values of a facet that occur among the recordings, with counts. */
export function recordingFacetValues(
  programme: Programme,
  sessions: SnapshotSession[],
  facet: RecordingFacet,
  locale: Locale,
): RecordingFacetValue[] {
  const counts = new Map<string, number>()
  for (const session of sessions)
    for (const value of recordingValues(session, facet, programme))
      counts.set(value, (counts.get(value) ?? 0) + 1)
  return candidates(programme, facet, locale)
    .map((candidate) => ({ ...candidate, count: counts.get(candidate.value) ?? 0 }))
    .filter((candidate) => candidate.count > 0)
}

/** data-* attributes the in-page filter reads: one space-separated list per facet. */
export function recordingFilterAttributes(
  session: SnapshotSession,
  programme: Programme,
): Record<string, string> {
  return Object.fromEntries(
    RECORDING_FACETS.map((facet) => [`data-${facet}`, recordingValues(session, facet, programme).join(' ')]),
  )
}
