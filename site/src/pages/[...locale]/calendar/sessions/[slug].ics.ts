import { programmeCalendar, type SnapshotSession } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, sessionFeed } from '~/lib/calendarFeeds'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'

export async function getStaticPaths() {
  const snapshot = await programme()
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    snapshot.sessions.map((session) => ({ params: { locale, slug: session.slug }, props: { session } })),
  )
}

/** One session as a calendar file: "my programme" merges these in the browser. */
export const GET: APIRoute<{ session: SnapshotSession }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = new Programme(await programme())
  return calendarResponse(
    programmeCalendar(sessionFeed(props.session, locale), calendarContext(locale, site!, data)),
  )
}
