import { programmeCalendar, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, stageFeed } from '~/lib/calendarFeeds'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    data.editions().flatMap((edition) =>
      edition.stages.map((stage) => ({
        params: { locale, edition: edition.slug, stage: stage.key },
        props: { edition },
      })),
    ),
  )
}

export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = new Programme(await programme())
  const feed = stageFeed(data, props.edition, params.stage ?? '', locale)
  return calendarResponse(programmeCalendar(feed, calendarContext(locale, site!, data)))
}
