import { programmeCalendar, type SnapshotEdition } from '@programma/shared'
import type { APIRoute } from 'astro'

import { calendarContext, calendarResponse, forumFeed } from '~/lib/calendarFeeds'
import { localeFromParam } from '~/lib/paths'
import { published } from '~/lib/query'
import { inEachLocale } from '~/lib/staticPaths'

export async function getStaticPaths() {
  const data = await published()
  return inEachLocale(data, () =>
    data
      .editions()
      .flatMap((edition) =>
        data
          .forumsOf(edition)
          .map((forum) => ({ params: { edition: edition.slug, forum: forum.slug }, props: { edition } })),
      ),
  )
}

export const GET: APIRoute<{ edition: SnapshotEdition }> = async ({ params, props, site }) => {
  const locale = localeFromParam(params.locale)
  const data = await published()
  const feed = forumFeed(data, props.edition, params.forum ?? '', locale)
  return calendarResponse(programmeCalendar(feed, calendarContext(locale, site!, data)))
}
