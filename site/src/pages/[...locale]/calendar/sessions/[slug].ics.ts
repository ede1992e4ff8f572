import { programmeCalendar, type SnapshotSession } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, sessionFeed } from '~/lib/calendarFeeds'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { sessionPaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  const data = await published()
  return sessionPaths(data, data.snapshot.sessions)
}

/** One session as a calendar file: "my programme" merges these in the browser. */
export const GET: APIRoute<{ session: SnapshotSession }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = await published()
  return calendarResponse(
    programmeCalendar(sessionFeed(props.session, locale), calendarContext(locale, site!, data)),
  )
}
