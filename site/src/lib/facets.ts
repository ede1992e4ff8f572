import {
  hostTermChoices,
  labelIn,
  type Locale,
  SESSION_FORMATS,
  type SnapshotEdition,
  type SnapshotSession,
  type VocabularyName,
} from '@programma/shared'

import { showText } from './i18n'
import type { Programme } from './programme'

export type FacetKey = 'stage' | 'forum' | 'format' | 'audience' | 'topic' | 'language'
export const FACET_KEYS: FacetKey[] = ['stage', 'forum', 'format', 'audience', 'topic', 'language']

/** The host's list each of these facets takes its values from. */
const HOST_VOCABULARIES: Record<'audience' | 'topic' | 'language', VocabularyName> = {
  audience: 'audiences',
  topic: 'topics',
  language: 'sessionLanguages',
}

/** The values a session has for a facet: forum slug, format, audiences, topics, language. */
export function sessionValues(session: SnapshotSession, facet: FacetKey, programme: Programme): string[] {
  switch (facet) {
    case 'stage':
      return session.stage ? [session.stage] : []
    case 'forum': {
      const forum = programme.forum(session.forum)
      return forum ? [forum.slug] : []
    }
    case 'format':
      return [session.format]
    case 'audience':
      return session.audiences
    case 'topic':
      return session.topics
    case 'language':
      return [session.language]
  }
}

function candidatesFor(
  programme: Programme,
  edition: SnapshotEdition,
  facet: FacetKey,
  locale: Locale,
): Array<{ value: string; label: string }> {
  switch (facet) {
    case 'stage':
      return edition.stages.map((stage) => ({ value: stage.key, label: showText(stage.name, locale) }))
    case 'forum':
      return programme
        .forumsOf(edition)
        .map((forum) => ({ value: forum.slug, label: showText(forum.title, locale) }))
    case 'format':
      return SESSION_FORMATS.map((term) => ({ value: term.value, label: labelIn(term.label, locale) }))
    default:
      return hostTermChoices(programme.vocabulary(HOST_VOCABULARIES[facet]), locale)
  }
}

export interface FacetValue {
  value: string
  label: string
  count: number
}

/** The values of a facet that occur in an edition, in the vocabulary's (or the forums') order, with counts. */
export function facetValues(
  programme: Programme,
  edition: SnapshotEdition,
  facet: FacetKey,
  locale: Locale,
): FacetValue[] {
  const sessions = programme.sessionsOf(edition)
  const count = (value: string) =>
    sessions.filter((session) => sessionValues(session, facet, programme).includes(value)).length
  const candidates = candidatesFor(programme, edition, facet, locale)
  return candidates
    .map((candidate) => ({ ...candidate, count: count(candidate.value) }))
    .filter((value) => value.count > 0)
}

export function sessionsWith(
  programme: Programme,
  edition: SnapshotEdition,
  facet: FacetKey,
  value: string,
): SnapshotSession[] {
  return programme
    .sessionsOf(edition)
    .filter((session) => sessionValues(session, facet, programme).includes(value))
}

/** data-* attributes the in-page filter reads: one space-separated list per facet. */
export function filterAttributes(session: SnapshotSession, programme: Programme): Record<string, string> {
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [`data-${facet}`, sessionValues(session, facet, programme).join(' ')]),
  )
}
