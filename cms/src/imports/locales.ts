import type { SanitizedConfig, TypedLocale } from 'payload'

/** What of a host's config decides its locales. */
export interface HostLocalization {
  localization: false | Pick<Exclude<SanitizedConfig['localization'], false>, 'defaultLocale' | 'localeCodes'>
}

/** The host's content locales, as the CSV columns carry them. */
export interface ImportLocales {
  /** The default locale: a row's fields that are not localised, and its first write, go in it. */
  base: TypedLocale
  /** The host's other locales, in its order, each written after the base. */
  translations: TypedLocale[]
}

/** The demo's locales: Russian, then English. */
export const RUSSIAN_FIRST: ImportLocales = { base: 'ru', translations: ['en'] }

/**
 * The locales of the host's `localization`. A host without it keeps one language, which the
 * snapshot also calls English. The generated types name the demo's locales; a host's codes
 * are its own, so they are taken as its TypedLocale.
 */
export function importLocales(config: HostLocalization): ImportLocales {
  const localization = config.localization
  if (!localization) return { base: 'en', translations: [] }
  const base = localization.defaultLocale as TypedLocale
  const codes = localization.localeCodes as TypedLocale[]
  return { base, translations: codes.filter((code) => code !== base) }
}

/** Every locale, the base first. */
export function everyLocale(locales: ImportLocales): TypedLocale[] {
  return [locales.base, ...locales.translations]
}

/** A localised field's column in one locale: `title_en`. */
export function columnOf(field: string, locale: string): string {
  return `${field}_${locale}`
}

/** Each field's column in every locale, field by field: `title_ru, title_en, lead_ru, lead_en`. */
export function localizedColumns(fields: readonly string[], locales: ImportLocales): string[] {
  return fields.flatMap((field) => everyLocale(locales).map((locale) => columnOf(field, locale)))
}
