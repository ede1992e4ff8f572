import type { Locale, SnapshotAlley } from '@programma/shared'

import type { AlleyWithStands, PlacedStand } from './exhibition'
import { exhibitionText } from './exhibitionText'
import { showText } from './i18n'

/** For a stand whose alley is not among those the map draws. */
const NO_ALLEY_COLOUR = '#555555'

function alleyOf(placed: PlacedStand, alleys: AlleyWithStands[]): SnapshotAlley | undefined {
  return alleys.find((group) => group.alley.id === placed.stand.alley)?.alley
}

/** The colour of the stand's alley. */
export function standColour(placed: PlacedStand, alleys: AlleyWithStands[]): string {
  return alleyOf(placed, alleys)?.colour ?? NO_ALLEY_COLOUR
}

/** What the map says of a stand to a screen reader: "A12 Name. Alley, place 3. Featured". */
export function standMapLabel(placed: PlacedStand, alleys: AlleyWithStands[], locale: Locale): string {
  const x = exhibitionText(locale)
  const alley = alleyOf(placed, alleys)
  return [
    [placed.stand.number, showText(placed.partner.name, locale)].filter(Boolean).join(' '),
    `${alley ? showText(alley.name, locale) : ''}, ${x.place(placed.stand.position)}`,
    placed.stand.featured ? x.featured : '',
  ]
    .filter(Boolean)
    .join('. ')
}
