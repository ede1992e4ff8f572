import { type Locale, routes, switchLocale } from '@programma/shared'

import { ui } from './i18n'

export interface NavigationLink {
  href: string
  label: string
}

/** The site's sections, as the header lists them. */
export function headerSections(locale: Locale): NavigationLink[] {
  const t = ui(locale)
  return [
    { href: routes.home(locale), label: t.programme },
    { href: routes.recordings(locale), label: t.recordings },
    { href: routes.experts(locale), label: t.experts },
    { href: routes.partners(locale), label: t.partnersTitle },
    { href: routes.myProgramme(locale), label: t.myProgramme },
  ]
}

/** The sections the footer lists, search among them. */
export function footerSections(locale: Locale): NavigationLink[] {
  const t = ui(locale)
  return [
    { href: routes.home(locale), label: t.programme },
    { href: routes.experts(locale), label: t.experts },
    { href: routes.partners(locale), label: t.partnersTitle },
    { href: routes.search(locale), label: t.search },
    { href: routes.myProgramme(locale), label: t.myProgramme },
  ]
}

/** Where the home page offers the calendars and the open data. */
export function footerDataLinks(locale: Locale): NavigationLink[] {
  const t = ui(locale)
  return [
    { href: `${routes.home(locale)}#calendar-feeds`, label: t.calendarFeeds },
    { href: `${routes.home(locale)}#open-data`, label: t.openData },
  ]
}

/** Whether a section is the one the page is in: the home page only on itself, the others for all below them. */
export function isCurrentSection(path: string, href: string, locale: Locale): boolean {
  return href === routes.home(locale) ? path === href : path.startsWith(href)
}

/** The page in each language of the site, the default first, as absolute addresses, for the hreflang links. */
export function alternates(
  path: string,
  site: URL | undefined,
  locales: readonly Locale[],
): Array<{ code: Locale; href: string }> {
  return locales.map((code) => ({ code, href: new URL(switchLocale(path, code), site).href }))
}
