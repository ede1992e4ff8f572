import { hostTermChoices, type Locale, type SnapshotPartner, type Vocabularies } from '@programma/shared'

import { showText } from './i18n'

/** Where a partner stands among the host's levels: the first level first, partners without one last. */
function levelRank(partner: SnapshotPartner, levels: Vocabularies['partnerLevels']): number {
  const rank = levels.findIndex((level) => level.value === partner.level)
  return rank === -1 ? levels.length : rank
}

/** The partners by kind, in the host's order of kinds; within a kind by level, then by name. */
export function partnerDirectory(
  partners: SnapshotPartner[],
  vocabularies: Pick<Vocabularies, 'partnerKinds' | 'partnerLevels'>,
  locale: Locale,
): Array<{ kind: { value: string; label: string }; partners: SnapshotPartner[] }> {
  const collator = new Intl.Collator(locale)
  const byRank = (a: SnapshotPartner, b: SnapshotPartner) =>
    levelRank(a, vocabularies.partnerLevels) - levelRank(b, vocabularies.partnerLevels) ||
    collator.compare(showText(a.name, locale), showText(b.name, locale))
  return hostTermChoices(vocabularies.partnerKinds, locale)
    .map((kind) => ({
      kind,
      partners: partners.filter((partner) => partner.kind === kind.value).sort(byRank),
    }))
    .filter((group) => group.partners.length > 0)
}
