import { programmeCalendar, type SnapshotPartner } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, partnerFeed } from '~/lib/calendarFeeds'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { partnerPaths, partnersWithSessions } from '~/lib/staticPaths'

export async function getStaticPaths() {
  const data = await published()
  return partnerPaths(data, partnersWithSessions(data))
}

export const GET: APIRoute<{ partner: SnapshotPartner }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = await published()
  return calendarResponse(
    programmeCalendar(partnerFeed(data, props.partner, locale), calendarContext(locale, site!, data)),
  )
}
