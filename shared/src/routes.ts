import { DEFAULT_LOCALE, type Locale } from './locales'

/** Public URLs of the site, for both languages: Russian at the root, English under /en/. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`
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
  session: (locale: Locale, slug: string) => `${localePrefix(locale)}/sessions/${slug}/`,
  myProgramme: (locale: Locale) => `${localePrefix(locale)}/my/`,
  search: (locale: Locale) => `${localePrefix(locale)}/search/`,
  experts: (locale: Locale) => `${localePrefix(locale)}/experts/`,
  partners: (locale: Locale) => `${localePrefix(locale)}/partners/`,
  expert: (locale: Locale, slug: string) => `${localePrefix(locale)}/experts/${slug}/`,
  partner: (locale: Locale, slug: string) => `${localePrefix(locale)}/partners/${slug}/`,
}

/** The same page in the other language: swaps the /en prefix, keeps the rest of the path. */
export function switchLocale(path: string, to: Locale): string {
  const withoutPrefix = path.replace(/^\/en(?=\/|$)/, '') || '/'
  return `${localePrefix(to)}${withoutPrefix}`
}
