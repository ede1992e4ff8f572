import { hostTermLabel, type Locale, type Vocabularies, type VocabularyName } from '@programma/shared'

import { type AlleyWithStands, type PlacedStand, standsIn } from './exhibition'

/** What the exhibition filters by: the partner's kind and the topics of its sessions. */
export type ExhibitionFacet = 'kind' | 'topic'
export const EXHIBITION_FACETS: ExhibitionFacet[] = ['kind', 'topic']
/** The host's list each exhibition filter takes its values from. */
export const EXHIBITION_VOCABULARIES: Record<ExhibitionFacet, VocabularyName> = {
  kind: 'partnerKinds',
  topic: 'topics',
}

export interface ExhibitionFilter {
  facet: ExhibitionFacet
  value: string
}

/** Whether a stand's partner is of the kind, or works on the topic. */
export function standHas(placed: PlacedStand, { facet, value }: ExhibitionFilter): boolean {
  return facet === 'kind' ? placed.partner.kind === value : placed.topics.includes(value)
}

/** The alleys narrowed to a filter's stands, and the partners it leaves out: drawn faded on the map. */
export function narrowExhibition(
  alleys: AlleyWithStands[],
  filter: ExhibitionFilter | undefined,
): { listed: AlleyWithStands[]; faded: Set<string> } {
  const matches = (placed: PlacedStand) => !filter || standHas(placed, filter)
  return {
    listed: alleys
      .map((group) => ({ ...group, stands: group.stands.filter(matches) }))
      .filter((group) => group.stands.length > 0),
    faded: new Set(
      standsIn(alleys)
        .filter((placed) => !matches(placed))
        .map((placed) => placed.partner.slug),
    ),
  }
}

/** Every kind and topic some stand has: each gets a static filter page. */
export function exhibitionFilterValues(alleys: AlleyWithStands[]): ExhibitionFilter[] {
  const stands = standsIn(alleys)
  const kinds = new Set(stands.map((placed) => placed.partner.kind))
  const topics = new Set(stands.flatMap((placed) => placed.topics))
  return [
    ...[...kinds].map((value) => ({ facet: 'kind' as const, value })),
    ...[...topics].map((value) => ({ facet: 'topic' as const, value })),
  ]
}

/** A kind's or topic's name in the page's language. */
export function exhibitionValueLabel(
  { facet, value }: ExhibitionFilter,
  vocabularies: Vocabularies,
  locale: Locale,
): string {
  return hostTermLabel(vocabularies[EXHIBITION_VOCABULARIES[facet]], value, locale)
}
