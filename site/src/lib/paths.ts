import type { Locale } from '@programma/shared'

/** Astro's `[...locale]` segment: absent for Russian, "en" for English. */
export const LOCALE_PARAMS: Array<{ locale: string | undefined; code: Locale }> = [
  { locale: undefined, code: 'ru' },
  { locale: 'en', code: 'en' },
]

export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'ru'
}

/** Top-level sections of the site that an edition's slug must not take over. */
export const RESERVED_SECTIONS = new Set([
  'en',
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

/** Fails the build when an edition's slug would take over a section of the site. */
export function refuseReservedSlugs(editions: Array<{ slug: string }>): void {
  const clash = editions.find((edition) => RESERVED_SECTIONS.has(edition.slug))
  if (clash)
    throw new Error(`Edition slug "${clash.slug}" clashes with a section of the site: rename it in the CMS.`)
}
