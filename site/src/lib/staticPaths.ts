import type { Locale, SnapshotExpert, SnapshotPartner, SnapshotSession } from '@programma/shared'

import { localeParams } from './paths'
import type { Programme } from './programme'

type LocaleParam = string | undefined

interface Page<Params, Props> {
  params: Params
  props: Props
}

/** The pages of a route in each language of the site: `pages` is asked once per language, by its code. */
export function inEachLocale<Params extends object, Props>(
  data: Programme,
  pages: (code: Locale) => Array<Page<Params, Props>>,
): Array<Page<Params & { locale: LocaleParam }, Props>> {
  return localeParams(data).flatMap(({ locale, code }) =>
    pages(code).map((page) => ({ params: { locale, ...page.params }, props: page.props })),
  )
}

/** A page with nothing but its language: /search/ and /<code>/search/. */
export function localePaths(data: Programme): Array<{ params: { locale: LocaleParam } }> {
  return localeParams(data).map(({ locale }) => ({ params: { locale } }))
}

/** A page per edition. */
export function editionPaths(data: Programme) {
  return inEachLocale(data, () =>
    data.editions().map((edition) => ({ params: { edition: edition.slug }, props: { edition } })),
  )
}

/** A page per day of each edition that has sessions on it. */
export function dayPaths(data: Programme) {
  return inEachLocale(data, () =>
    data
      .editions()
      .flatMap((edition) =>
        data
          .daysOf(edition)
          .map((day) => ({ params: { edition: edition.slug, day }, props: { edition, day } })),
      ),
  )
}

/** A page per session. */
export function sessionPaths(data: Programme, sessions: SnapshotSession[]) {
  return inEachLocale(data, () =>
    sessions.map((session) => ({ params: { slug: session.slug }, props: { session } })),
  )
}

/** A page per expert. */
export function expertPaths(data: Programme, experts: SnapshotExpert[]) {
  return inEachLocale(data, () =>
    experts.map((expert) => ({ params: { slug: expert.slug }, props: { expert } })),
  )
}

/** A page per partner. */
export function partnerPaths(data: Programme, partners: SnapshotPartner[]) {
  return inEachLocale(data, () =>
    partners.map((partner) => ({ params: { slug: partner.slug }, props: { partner } })),
  )
}

/** The experts who take part in a session: only they have a calendar. */
export function expertsWithSessions(data: Programme): SnapshotExpert[] {
  return data.snapshot.experts.filter((expert) => data.sessionsOfExpert(expert).length > 0)
}

/** The partners who take part in a session: only they have a calendar. */
export function partnersWithSessions(data: Programme): SnapshotPartner[] {
  return data.snapshot.partners.filter((partner) => data.sessionsOfPartner(partner).length > 0)
}
