import { programmeCalendar, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, editionFeed } from '~/lib/calendarFeeds'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { editionPaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  return editionPaths(await published())
}

export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = await published()
  return calendarResponse(
    programmeCalendar(editionFeed(data, props.edition, locale), calendarContext(locale, site!, data)),
  )
}
