import {
  hostTermChoices,
  type Locale,
  routes,
  type SnapshotEdition,
  type Vocabularies,
} from '@programma/shared'

import { type AlleyWithStands, standsIn } from './exhibition'
import { EXHIBITION_FACETS, EXHIBITION_VOCABULARIES, standHas } from './exhibitionFilter'
import { exhibitionText } from './exhibitionText'
import { FACET_KEYS, facetValues } from './facets'
import { ui } from './i18n'
import type { Programme } from './programme'
import { RECORDING_FACETS, recordingFacetValues } from './recordingFacets'
import type { RecordedSession } from './recordings'

/** One filter of a filter bar: its values, each a link to the static page of that value. */
export interface FacetGroup {
  facet: string
  label: string
  values: Array<{ value: string; label: string; count: number; href: string }>
}

/** The value a static filter page shows. */
export interface CurrentFilter {
  facet: string
  value: string
}

/** A filter with one value narrows nothing: it is left out, unless it is the page's own. */
function worthShowing(groups: FacetGroup[], current: CurrentFilter | undefined): FacetGroup[] {
  return groups.filter((group) => group.values.length > 1 || group.facet === current?.facet)
}

/** The filters of an edition's programme. */
export function programmeFilters(
  data: Programme,
  edition: SnapshotEdition,
  locale: Locale,
  current?: CurrentFilter,
): FacetGroup[] {
  const t = ui(locale)
  const groups = FACET_KEYS.map((facet) => ({
    facet,
    label: t.facet[facet],
    values: facetValues(data, edition, facet, locale).map((item) => ({
      ...item,
      href: routes.facet(locale, edition.slug, facet, item.value),
    })),
  }))
  return worthShowing(groups, current)
}

/** The filters of the recordings archive, counted over every recording. */
export function recordingFilters(
  data: Programme,
  recordings: RecordedSession[],
  locale: Locale,
  current?: CurrentFilter,
): FacetGroup[] {
  const t = ui(locale)
  const groups = RECORDING_FACETS.map((facet) => ({
    facet,
    label: facet === 'edition' ? t.edition : t.facet[facet],
    values: recordingFacetValues(data, recordings, facet, locale).map((item) => ({
      ...item,
      href: routes.recordingsFacet(locale, facet, item.value),
    })),
  }))
  return worthShowing(groups, current)
}

/** The filters of an edition's exhibition: kinds and topics that some stand has. */
export function exhibitionFilters(
  alleys: AlleyWithStands[],
  edition: SnapshotEdition,
  vocabularies: Vocabularies,
  locale: Locale,
): FacetGroup[] {
  const x = exhibitionText(locale)
  const stands = standsIn(alleys)
  return EXHIBITION_FACETS.map((facet) => ({
    facet,
    label: x[facet],
    values: hostTermChoices(vocabularies[EXHIBITION_VOCABULARIES[facet]], locale)
      .map(({ value, label }) => ({
        value,
        label,
        count: stands.filter((placed) => standHas(placed, { facet, value })).length,
        href: routes.exhibitionFacet(locale, edition.slug, facet, value),
      }))
      .filter((item) => item.count > 0),
  }))
}
