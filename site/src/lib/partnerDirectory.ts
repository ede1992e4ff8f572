import {
  type Locale,
  PARTNER_KINDS,
  PARTNER_LEVELS,
  type SnapshotPartner,
  type Term,
} from '@programma/shared'

import { showText } from './i18n'

const LEVEL_ORDER = PARTNER_LEVELS.map((level) => level.value as string)

/** Partners without a level are listed with the exhibitors. */
function levelRank(partner: SnapshotPartner): number {
  return LEVEL_ORDER.indexOf(partner.level ?? 'exhibitor')
}

/** The partners by kind, in the vocabulary's order; within a kind by level, then by name. */
export function partnerDirectory(
  partners: SnapshotPartner[],
  locale: Locale,
): Array<{ kind: Term; partners: SnapshotPartner[] }> {
  const collator = new Intl.Collator(locale)
  return PARTNER_KINDS.map((kind) => ({
    kind: kind as Term,
    partners: partners
      .filter((partner) => partner.kind === kind.value)
      .sort(
        (a, b) =>
          levelRank(a) - levelRank(b) || collator.compare(showText(a.name, locale), showText(b.name, locale)),
      ),
  })).filter((group) => group.partners.length > 0)
}
