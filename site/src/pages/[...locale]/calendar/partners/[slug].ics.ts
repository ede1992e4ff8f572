import { programmeCalendar, type SnapshotPartner } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, partnerFeed } from '~/lib/calendarFeeds'
import { programme } from '~/lib/loadSnapshot'
import { LOCALE_PARAMS, localeFromParam } from '~/lib/paths'
import { Programme } from '~/lib/programme'

export async function getStaticPaths() {
  const data = new Programme(await programme())
  const withSessions = data.snapshot.partners.filter((partner) => data.sessionsOfPartner(partner).length > 0)
  return LOCALE_PARAMS.flatMap(({ locale }) =>
    withSessions.map((partner) => ({ params: { locale, slug: partner.slug }, props: { partner } })),
  )
}

export const GET: APIRoute<{ partner: SnapshotPartner }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = new Programme(await programme())
  return calendarResponse(
    programmeCalendar(partnerFeed(data, props.partner, locale), calendarContext(locale, site!, data)),
  )
}
