import { programmeCalendar, type SnapshotExpert } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, expertFeed } from '~/lib/calendarFeeds'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { expertPaths, expertsWithSessions } from '~/lib/staticPaths'

export async function getStaticPaths() {
  const data = await published()
  return expertPaths(data, expertsWithSessions(data))
}

export const GET: APIRoute<{ expert: SnapshotExpert }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = await published()
  return calendarResponse(
    programmeCalendar(expertFeed(data, props.expert, locale), calendarContext(locale, site!, data)),
  )
}
