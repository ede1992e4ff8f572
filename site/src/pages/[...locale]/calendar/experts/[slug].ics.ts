import { programmeCalendar, type SnapshotExpert } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, expertFeed } from '~/lib/calendarFeeds'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  const withSessions = data.snapshot.experts.filter((expert) => data.sessionsOfExpert(expert).length > 0)
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    withSessions.map((expert) => ({ params: { locale, slug: expert.slug }, props: { expert } })),
  )
}

export const GET: APIRoute<{ expert: SnapshotExpert }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = new Programme(await programme())
  return calendarResponse(
    programmeCalendar(expertFeed(data, props.expert, locale), calendarContext(locale, site!, data)),
  )
}
