import { routes, type Snapshot } from '@programma/shared'

import { exhibitionOf } from './exhibition'
import { inEachLanguage } from './programmeIndex'

/** Every stand of every exhibition as the visitor's route in the browser looks it up, links in every language. */
export function exhibitionIndex(snapshot: Snapshot) {
  const { locales } = snapshot
  return snapshot.editions.flatMap((edition) =>
    exhibitionOf(snapshot, edition).flatMap(({ alley, stands: placed }) =>
      placed.map(({ partner, stand }) => ({
        id: String(partner.id),
        slug: partner.slug,
        edition: edition.slug,
        name: partner.name,
        number: stand.number,
        alley: alley.name,
        url: inEachLanguage(locales, (locale) => routes.partner(locale, partner.slug)),
        map: inEachLanguage(locales, (locale) => routes.exhibitionStand(locale, edition.slug, partner.slug)),
      })),
    ),
  )
}
