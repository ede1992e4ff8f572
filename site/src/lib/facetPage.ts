import {
  type Locale,
  type OptionalLocalizedText,
  routes,
  type SnapshotEdition,
  type SnapshotForum,
} from '@programma/shared'

import type { FacetKey } from './facets'
import type { Programme, SnapshotStage } from './programme'

/** What a programme filter page says of its value besides the sessions, when it is a forum or a stage. */
export interface FacetSubject {
  forum: SnapshotForum | undefined
  stage: SnapshotStage | undefined
  /** The forum's or the stage's own description. */
  about: OptionalLocalizedText | undefined
  organiser: OptionalLocalizedText | undefined
  /** The calendar of the forum or stage; other values have none. */
  feed: string | undefined
}

export function facetSubject(
  data: Programme,
  edition: SnapshotEdition,
  facet: FacetKey,
  value: string,
  locale: Locale,
): FacetSubject {
  const forum = facet === 'forum' ? data.forumBySlug(edition, value) : undefined
  const stage = facet === 'stage' ? data.stage(edition, value) : undefined
  return {
    forum,
    stage,
    about: forum?.description ?? stage?.description,
    organiser: forum?.organiser,
    feed:
      facet === 'forum'
        ? routes.forumCalendar(locale, edition.slug, value)
        : facet === 'stage'
          ? routes.stageCalendar(locale, edition.slug, value)
          : undefined,
  }
}
