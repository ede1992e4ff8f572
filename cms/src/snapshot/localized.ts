import type { LocalizedText, OptionalLocalizedText } from '@programma/shared'

import { publishableText } from '../fields/publishableText'

/** A field read with `locale: 'all'`: `{ ru, en }`, or a plain value for a field that is not localised. */
type AllLocales = unknown

function text(value: unknown): string | null {
  const published = typeof value === 'string' ? publishableText(value) : ''
  return published.trim() !== '' ? published : null
}

export function optionalLocalized(value: AllLocales): OptionalLocalizedText {
  if (value && typeof value === 'object') {
    const locales = value as Record<string, unknown>
    return { ru: text(locales.ru), en: text(locales.en) }
  }
  return { ru: text(value), en: null }
}

/** A required localised field: Russian must be there; a document without it is left out by the caller. */
export function requiredLocalized(value: AllLocales): LocalizedText | null {
  const { ru, en } = optionalLocalized(value)
  return ru === null ? null : { ru, en }
}
