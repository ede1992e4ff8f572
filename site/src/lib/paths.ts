import { type Locale, siteLocales } from '@programma/shared'

import type { Programme } from './programme'

/** Astro's `[...locale]` segment for each language of the site: absent for the default (at the root), the code for the others. */
export function localeParams(data: Programme): Array<{ locale: string | undefined; code: Locale }> {
  const [defaultLocale, ...others] = data.locales()
  return [
    ...(defaultLocale ? [{ locale: undefined, code: defaultLocale }] : []),
    ...others.map((code) => ({ locale: code, code })),
  ]
}

/**
 * The language of a page from its `[...locale]` segment, among the languages of the
 * snapshot being built (set when its Programme was made, before any page renders).
 */
export function localeFromParam(param: string | undefined): Locale {
  const { defaultLocale, locales } = siteLocales()
  if (param === undefined) return defaultLocale
  if (param === defaultLocale || !locales.includes(param)) {
    throw new Error(`"${param}" is not a language of this site under /${param}/`)
  }
  return param
}

/** Top-level sections of the site that an edition's slug must not take over. */
export const RESERVED_SECTIONS = new Set([
  'sessions',
  'experts',
  'partners',
  'my',
  'search',
  'recordings',
  'pagefind',
  'media',
  '_astro',
  'calendar',
])

/** Fails the build when an edition's slug would take over a section of the site or a language's folder. */
export function refuseReservedSlugs(
  editions: Array<{ slug: string }>,
  locales: readonly Locale[] = [],
): void {
  const clash = editions.find(
    (edition) => RESERVED_SECTIONS.has(edition.slug) || locales.includes(edition.slug),
  )
  if (clash)
    throw new Error(`Edition slug "${clash.slug}" clashes with a section of the site: rename it in the CMS.`)
}
