import { routes, type Snapshot } from '@programma/shared'

import { exhibitionOf } from './exhibition'

/** Every stand of every exhibition as the visitor's route in the browser looks it up. */
export function exhibitionIndex(snapshot: Snapshot) {
  return snapshot.editions.flatMap((edition) =>
    exhibitionOf(snapshot, edition).flatMap(({ alley, stands: placed }) =>
      placed.map(({ partner, stand }) => ({
        id: String(partner.id),
        slug: partner.slug,
        edition: edition.slug,
        name: partner.name,
        number: stand.number,
        alley: alley.name,
        url: { ru: routes.partner('ru', partner.slug), en: routes.partner('en', partner.slug) },
        map: {
          ru: routes.exhibitionStand('ru', edition.slug, partner.slug),
          en: routes.exhibitionStand('en', edition.slug, partner.slug),
        },
      })),
    ),
  )
}
