import { recordingsAtom, routes } from '@programma/shared'
import type { APIRoute } from 'astro'

import { showText, ui } from '~/lib/i18n'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { recordedSessions } from '~/lib/recordings'
import { recordingFeedEntry } from '~/lib/recordingsFeed'
import { localePaths } from '~/lib/staticPaths'

export async function getStaticPaths() {
  return localePaths(await published())
}

/** New recordings as an Atom feed, one per language. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = localeFromParam(params.locale)
  const base = site ?? new URL('http://localhost/')
  const data = await published()
  const t = ui(locale)
  const siteName = showText(data.site().name, locale)
  const atom = recordingsAtom({
    title: `${t.recordingsFeedTitle} — ${siteName}`,
    page: new URL(routes.recordings(locale), base).href,
    self: new URL(routes.recordingsFeed(locale), base).href,
    locale,
    author: siteName,
    entries: recordedSessions(data).map((session) => recordingFeedEntry(session, data, locale, base)),
    emptySince: data.snapshot.lastModified,
  })
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
