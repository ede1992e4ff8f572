/**
 * A content language, as the host's CMS names it: 'en', 'ru', 'de', 'pt-BR'. The snapshot
 * says which the site publishes (its `locales`) and which sits at the root (`defaultLocale`).
 */
export type Locale = string

/** The languages the interface text (menus, labels, notes) ships in. */
export const UI_LOCALES = ['ru', 'en'] as const
export type UiLocale = (typeof UI_LOCALES)[number]
/** The interface language for a content language that has no dictionary of its own. */
export const FALLBACK_UI_LOCALE: UiLocale = 'en'

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value)
}

/** The interface language of a page: its own when the UI ships in it ('en-GB' takes 'en'), else English. */
export function uiLocale(locale: Locale): UiLocale {
  if (isUiLocale(locale)) return locale
  const language = locale.split('-')[0]?.toLowerCase()
  return isUiLocale(language) ? language : FALLBACK_UI_LOCALE
}

/** A label in every language the interface ships in. */
export type Localized<T = string> = Record<UiLocale, T>

/** A label of the interface for a page in any language: English where the UI has no dictionary. */
export function labelIn<T>(labels: Localized<T>, locale: Locale): T {
  return labels[uiLocale(locale)]
}

/** How dates and numbers are written for a language: British English for English, the language itself otherwise. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale
}

/** The languages of the site being built, as its snapshot lists them: the default at the root, the others under /<code>/. */
export interface SiteLocales {
  defaultLocale: Locale
  locales: readonly Locale[]
}

/**
 * The languages of the CMS (its Payload localization): Russian first, English second.
 * The site and its feeds take their languages from the snapshot (`useSiteLocales`) instead.
 */
export const LOCALES = ['ru', 'en'] as const
/** The CMS's default language; see LOCALES. */
export const DEFAULT_LOCALE = 'ru'

/** @deprecated The CMS's languages only: the site's are the snapshot's (`siteLocales()`). */
export function isLocale(value: unknown): value is (typeof LOCALES)[number] {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

let current: SiteLocales = { defaultLocale: DEFAULT_LOCALE, locales: [...LOCALES] }

/**
 * Sets the languages of the site being built, from its snapshot. A build publishes one
 * snapshot, so routes and text fallbacks read this one setting instead of being handed it
 * at every call; until it is set they follow the CMS's languages.
 */
export function useSiteLocales({ defaultLocale, locales }: SiteLocales): void {
  const list = locales.includes(defaultLocale) ? [...locales] : [defaultLocale, ...locales]
  current = { defaultLocale, locales: [defaultLocale, ...list.filter((locale) => locale !== defaultLocale)] }
}

/** The languages of the site being built: the default first, then the others in the snapshot's order. */
export function siteLocales(): SiteLocales {
  return current
}

/** Text in several languages, by code. */
export type TextByLocale = Readonly<Record<string, string | null | undefined>>

/** Text in a language, or in the first of the site's languages that has it, then any; with the language it is in. */
export function textWithLanguage(value: TextByLocale, locale: Locale): { text: string; lang: Locale } | null {
  const own = value[locale]
  if (own) return { text: own, lang: locale }
  for (const other of current.locales) {
    const text = value[other]
    if (text) return { text, lang: other }
  }
  for (const [other, text] of Object.entries(value)) if (text) return { text, lang: other }
  return null
}
