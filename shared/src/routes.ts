import { type Locale, siteLocales } from './locales'

/** Public URLs of the site, in each of its languages: the default at the root, the others under /<code>/. */
export function localePrefix(locale: Locale): string {
  return locale === siteLocales().defaultLocale ? '' : `/${locale}`
}

export const routes = {
  home: (locale: Locale) => `${localePrefix(locale)}/`,
  edition: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/`,
  programmeDay: (locale: Locale, edition: string, day: string) =>
    `${localePrefix(locale)}/${edition}/programme/${day}/`,
  programmeGrid: (locale: Locale, edition: string, day: string) =>
    `${localePrefix(locale)}/${edition}/grid/${day}/`,
  facet: (locale: Locale, edition: string, facet: string, value: string) =>
    `${localePrefix(locale)}/${edition}/programme/${facet}/${value}/`,
  exhibition: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/exhibition/`,
  exhibitionFacet: (locale: Locale, edition: string, facet: string, value: string) =>
    `${localePrefix(locale)}/${edition}/exhibition/${facet}/${value}/`,
  /** The exhibition map with a stand in focus. */
  exhibitionStand: (locale: Locale, edition: string, partnerSlug: string) =>
    `${localePrefix(locale)}/${edition}/exhibition/#stand-${partnerSlug}`,
  /** The stands of every exhibition, fetched by the visitor's route in the browser. */
  exhibitionIndex: () => '/exhibition-index.json',
  session: (locale: Locale, slug: string) => `${localePrefix(locale)}/sessions/${slug}/`,
  myProgramme: (locale: Locale) => `${localePrefix(locale)}/my/`,
  search: (locale: Locale) => `${localePrefix(locale)}/search/`,
  experts: (locale: Locale) => `${localePrefix(locale)}/experts/`,
  partners: (locale: Locale) => `${localePrefix(locale)}/partners/`,
  expert: (locale: Locale, slug: string) => `${localePrefix(locale)}/experts/${slug}/`,
  partner: (locale: Locale, slug: string) => `${localePrefix(locale)}/partners/${slug}/`,
  /** The session page's player, one click from lists of what is on air. */
  sessionPlayer: (locale: Locale, slug: string) => `${localePrefix(locale)}/sessions/${slug}/#player`,
  recordings: (locale: Locale) => `${localePrefix(locale)}/recordings/`,
  recordingsFacet: (locale: Locale, facet: string, value: string) =>
    `${localePrefix(locale)}/recordings/${facet}/${value}/`,
  recordingsFeed: (locale: Locale) => `${localePrefix(locale)}/recordings.xml`,
  sessionCalendar: (locale: Locale, slug: string) => `${localePrefix(locale)}/calendar/sessions/${slug}.ics`,
  editionCalendar: (locale: Locale, edition: string) => `${localePrefix(locale)}/calendar/${edition}.ics`,
  forumCalendar: (locale: Locale, edition: string, forum: string) =>
    `${localePrefix(locale)}/calendar/${edition}/forums/${forum}.ics`,
  stageCalendar: (locale: Locale, edition: string, stage: string) =>
    `${localePrefix(locale)}/calendar/${edition}/stages/${stage}.ics`,
  expertCalendar: (locale: Locale, slug: string) => `${localePrefix(locale)}/calendar/experts/${slug}.ics`,
  partnerCalendar: (locale: Locale, slug: string) => `${localePrefix(locale)}/calendar/partners/${slug}.ics`,
  scheduleXml: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/schedule.xml`,
  scheduleJson: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/schedule.json`,
  /** schedule2 carries every language, so there is one file per edition. */
  schedule2Json: (edition: string) => `/${edition}/schedule2.json`,
  changes: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/changes/`,
  changesFeed: (locale: Locale, edition: string) => `${localePrefix(locale)}/${edition}/changes.atom`,
  /** The release history and the state it was computed from, read back by the next build. */
  releaseHistory: () => '/changes.json',
}

/** The language of a path of the site: the one whose prefix it starts with, else the default. */
export function localeOfPath(path: string): Locale {
  const { defaultLocale, locales } = siteLocales()
  const first = path.split('/')[1] ?? ''
  return locales.find((locale) => locale !== defaultLocale && locale === first) ?? defaultLocale
}

/** The same page in another language: swaps the language prefix, keeps the rest of the path. */
export function switchLocale(path: string, to: Locale): string {
  const from = localeOfPath(path)
  const withoutPrefix = (from === siteLocales().defaultLocale ? path : path.slice(from.length + 1)) || '/'
  return `${localePrefix(to)}${withoutPrefix}`
}
