import { columnOf, type ImportLocales, RUSSIAN_FIRST } from './locales'
import type { ByLocale, Doc, Fields, Id, References, Stored } from './types'
import { yesNo } from './values'

/** A stored value as a cell. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value)
}

export function idOf(value: unknown): Id | undefined {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return typeof value === 'string' || typeof value === 'number' ? value : undefined
}

/** A reference written back as the slug of what it refers to. */
export function refSlug(refs: References, kind: 'editions' | 'forums' | 'experts', value: unknown): string {
  const id = idOf(value)
  return id === undefined ? '' : (refs.slugOf.get(`${kind}:${String(id)}`) ?? '')
}

export function has(values: Record<string, string>, column: string): boolean {
  return values[column] !== undefined
}

/** The default locale's cells present in the file, as they are: an empty one clears the field. */
function baseFields(values: Record<string, string>, fields: string[], locale: string): Fields {
  const base: Fields = {}
  for (const field of fields) {
    const cell = values[columnOf(field, locale)]
    if (cell !== undefined) base[field] = cell
  }
  return base
}

/** One other locale's cells present in the file; none gives nothing to write in it. */
function translatedFields(
  values: Record<string, string>,
  fields: string[],
  keep: string[],
  locale: string,
): Fields | undefined {
  const translated: Fields = {}
  for (const field of fields) {
    const cell = values[columnOf(field, locale)]
    if (cell === undefined || (cell === '' && keep.includes(field))) continue
    translated[field] = cell || null
  }
  return Object.keys(translated).length > 0 ? translated : undefined
}

/**
 * Localized columns present in the file, by locale: `name_ru`, `name_en` to
 * { ru: { name }, en: { name } }. An empty translation cell removes the translation (the site
 * then shows the default locale's text), except for the fields in `keep`, which Payload
 * requires: there it leaves the stored translation alone.
 */
export function localized(
  values: Record<string, string>,
  fields: string[],
  keep: string[] = [],
  locales: ImportLocales = RUSSIAN_FIRST,
): ByLocale<Fields> {
  const byLocale: ByLocale<Fields> = { [locales.base]: baseFields(values, fields, locales.base) }
  for (const locale of locales.translations) {
    const translated = translatedFields(values, fields, keep, locale)
    if (translated) byLocale[locale] = translated
  }
  return byLocale
}

/**
 * One field's cells in every locale, read from each locale's version by `read`. A translation
 * cell is empty when there is no translation or it repeats the default locale's text.
 */
export function cellsByLocale(
  stored: Stored,
  locales: ImportLocales,
  field: string,
  read: (doc: Doc | undefined) => unknown,
): Record<string, string> {
  const base = text(read(stored.base))
  const row: Record<string, string> = { [columnOf(field, locales.base)]: base }
  for (const locale of locales.translations) {
    const translated = text(read(stored.translations[locale]))
    row[columnOf(field, locale)] = translated === base ? '' : translated
  }
  return row
}

/** Top-level localised fields, each in every locale (see cellsByLocale). */
export function localizedRow(
  stored: Stored,
  fields: string[],
  locales: ImportLocales,
): Record<string, string> {
  return Object.fromEntries(
    fields.flatMap((field) => Object.entries(cellsByLocale(stored, locales, field, (doc) => doc?.[field]))),
  )
}

/** A yes/no cell in the default locale's language: Russian where it is Russian, else English. */
export function yesNoCell(value: boolean, locales: ImportLocales): string {
  if (locales.base === 'ru') return value ? 'да' : 'нет'
  return value ? 'yes' : 'no'
}

/** The `published` column: given, it decides; absent, a stored document keeps its status. */
export function publishedOf(values: Record<string, string>, stored: Stored | undefined): boolean {
  if (has(values, 'published')) return yesNo('published', values.published ?? '')
  return stored ? stored.base._status !== 'draft' : true
}

export function publishedCell(doc: Doc, locales: ImportLocales): string {
  return yesNoCell(doc._status !== 'draft', locales)
}
