import { type Locale, routes } from '@programma/shared'

import type { Programme } from './programme'

/** A link in every language of the site, by locale code. */
export function inEachLanguage(
  locales: readonly Locale[],
  link: (locale: Locale) => string,
): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, link(locale)]))
}

/** The few facts "my programme" needs about every session, in every language, with the zone its times are shown in. */
export function programmeIndex(data: Programme) {
  const locales = data.locales()
  return data.snapshot.sessions.map((session) => ({
    id: String(session.id),
    slug: session.slug,
    title: session.title,
    start: session.start,
    end: session.end,
    timeZone: data.zoneOf(session),
    status: session.status,
    url: inEachLanguage(locales, (locale) => routes.session(locale, session.slug)),
  }))
}
