import { columnOf } from './locales'
import type { ByLocale, Doc, Fields, ImportSpec, RowData } from './types'

/** An empty translation cell asks for no text of its own: none stored, or a copy of the base text. */
function differs(value: unknown, before: unknown, base: unknown): boolean {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).some(([key, inner]) =>
      differs(inner, (before as Doc | undefined)?.[key], (base as Doc | undefined)?.[key]),
    )
  }
  const now = value ?? ''
  return now !== (before ?? '') && !(now === '' && before === base)
}

/** The fields of one locale the row changes; none means that locale's version is left alone. */
function changesIn(translated: Fields, stored: Doc | undefined, base: Doc): Fields | undefined {
  const changes = Object.entries(translated).filter(([field, value]) =>
    differs(value, stored?.[field], base[field]),
  )
  return changes.length > 0 ? Object.fromEntries(changes) : undefined
}

/** The translations the row changes, by locale; a locale it changes nothing in is left out. */
export function translationChanges(
  translations: ByLocale<Fields>,
  stored: ByLocale<Doc> | undefined,
  base: Doc,
): ByLocale<Fields> {
  const changed: ByLocale<Fields> = {}
  for (const [locale, translated] of Object.entries(translations)) {
    const changes = changesIn(translated, stored?.[locale], base)
    if (changes) changed[locale] = changes
  }
  return changed
}

/** The language of a locale code, named in Russian or English: «английский», "English". */
function languageName(locale: string, language: 'ru' | 'en'): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale
  } catch {
    return locale
  }
}

function missingIn(
  spec: ImportSpec,
  locale: string,
  translated: Fields | undefined,
  stored: Doc | undefined,
): string | undefined {
  if (!translated) return undefined
  const missing = spec.requiredTranslations.filter((field) => !translated[field] && !stored?.[field])
  if (missing.length === 0) return undefined
  const columns = missing.map((field) => columnOf(field, locale)).join(', ')
  return `${columns}: пусто, а без него ${languageName(locale, 'ru')} текст строки не сохранить — empty, and the row's ${languageName(locale, 'en')} text cannot be saved without it`
}

/** Payload saves a locale's text only with the title it requires there: name it where missing. */
export function missingTranslatedTitle(
  spec: ImportSpec,
  data: RowData,
  stored: ByLocale<Doc> | undefined,
): string | undefined {
  const problems = spec.locales.translations.flatMap(
    (locale) => missingIn(spec, locale, data.translations[locale], stored?.[locale]) ?? [],
  )
  return problems.length > 0 ? problems.join('; ') : undefined
}
