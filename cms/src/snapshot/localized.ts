import { AsyncLocalStorage } from 'node:async_hooks'

import type { LocalizedText, OptionalLocalizedText } from '@programma/shared'

import { publishableText } from '../fields/publishableText'

/** The host's content languages, the first of them its default. */
export interface HostLocales {
  defaultLocale: string
  locales: string[]
}

const reading = new AsyncLocalStorage<HostLocales>()

/** Runs `read` with localised fields read in the host's languages. */
export function inHostLocales<T>(locales: HostLocales, read: () => T): T {
  return reading.run(locales, read)
}

function hostLocales(): HostLocales {
  const locales = reading.getStore()
  if (!locales) throw new Error('Localised snapshot fields are read inside inHostLocales()')
  return locales
}

function text(value: unknown): string | null {
  const published = typeof value === 'string' ? publishableText(value) : ''
  return published.trim() !== '' ? published : null
}

/**
 * A field read with `locale: 'all'` (`{ en, de, … }`), as text per host language; a plain
 * value (a field that is not localised) counts as the default language's.
 */
export function perLocale<T>(
  value: unknown,
  read: (value: unknown) => T,
  isPlain: (value: unknown) => boolean = (candidate) =>
    !candidate || typeof candidate !== 'object' || Array.isArray(candidate),
): Record<string, T> {
  const { defaultLocale, locales } = hostLocales()
  const values = isPlain(value) ? { [defaultLocale]: value } : (value as Record<string, unknown>)
  return Object.fromEntries(locales.map((locale) => [locale, read(values[locale])]))
}

export function optionalLocalized(value: unknown): OptionalLocalizedText {
  return perLocale(value, text)
}

/** A required localised field: the default language must be there; without it the caller leaves the document out. */
export function requiredLocalized(value: unknown): LocalizedText | null {
  const localized = optionalLocalized(value)
  return localized[hostLocales().defaultLocale] ? localized : null
}
