/** Languages of the programme: Russian first, English second, English falling back to Russian. */
export const LOCALES = ['ru', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'ru'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** A label in every language of the programme. */
export type Localized<T = string> = Record<Locale, T>
