import { programmeCalendar, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, editionFeed } from '~/lib/calendarFeeds'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    data.editions().map((edition) => ({ params: { locale, edition: edition.slug }, props: { edition } })),
  )
}

export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = new Programme(await programme())
  return calendarResponse(
    programmeCalendar(editionFeed(data, props.edition, locale), calendarContext(locale, site!, data)),
  )
}
