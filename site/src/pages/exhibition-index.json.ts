import { routes } from '@programma/shared'
import type { APIRoute } from 'astro'

import { exhibitionOf } from '~/lib/exhibition'
import { programme } from '~/lib/loadSnapshot'

/** Every stand of every exhibition, for the visitor's route in the browser. */
export const GET: APIRoute = async () => {
  const snapshot = await programme()
  const stands = snapshot.editions.flatMap((edition) =>
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
  return new Response(JSON.stringify(stands), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
