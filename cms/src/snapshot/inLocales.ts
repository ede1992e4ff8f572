import type { LocalizedText, OptionalLocalizedText } from '@programma/shared'
import type { CollectionSlug, DataFromCollectionSlug, FlattenedField, Payload, TypedLocale } from 'payload'

import { publishableText } from '../fields/publishableText'
import { dataInLocale } from './projectLocale'

/** The host's content languages, the first of them its default. */
export interface HostLocales {
  defaultLocale: string
  locales: string[]
}

/**
 * One document (or one row of it) as read in each host language. What is not localised is
 * the same in every language and is read from `base`, the default language's.
 */
export interface InLocales<T> {
  base: T
  defaultLocale: string
  each: ReadonlyMap<string, T>
}

type Row = { id?: string | null }

/** The host's content languages, the default first as the site's root. */
export function hostLocalesOf(payload: Payload): HostLocales {
  const localization = payload.config.localization
  if (!localization) return { defaultLocale: 'en', locales: ['en'] }
  return { defaultLocale: localization.defaultLocale, locales: localization.localeCodes }
}

/** One read in every language, as one document per language. */
function inEachLocale<T extends object>(
  locales: HostLocales,
  fields: FlattenedField[],
  doc: T,
): InLocales<T> {
  const each = new Map(locales.locales.map((locale) => [locale, dataInLocale(fields, doc, locale)] as const))
  return { base: each.get(locales.defaultLocale) ?? doc, defaultLocale: locales.defaultLocale, each }
}

/** A host without localization has one language: what is stored is its reading. */
function inTheOnlyLocale<T>(locales: HostLocales, doc: T): InLocales<T> {
  return { base: doc, defaultLocale: locales.defaultLocale, each: new Map([[locales.defaultLocale, doc]]) }
}

/**
 * Everything a reader may see of a collection, read as a reader (no user, access rules
 * applied), as it reads in each host language without fallback, so a missing translation
 * reads as missing. A collection the host switched off (the exhibition's alleys) has nothing to show.
 */
export async function readPublicInLocales<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  locales: HostLocales,
): Promise<InLocales<DataFromCollectionSlug<S>>[]> {
  const config = payload.collections[collection]?.config
  if (!config) return []
  const localized = Boolean(payload.config.localization)
  const { docs } = await payload.find({
    collection,
    ...(localized ? { locale: 'all' as TypedLocale } : {}),
    depth: 0,
    pagination: false,
    overrideAccess: false,
    sort: 'id',
  })
  const read = docs as DataFromCollectionSlug<S>[]
  return read.map((doc) =>
    localized ? inEachLocale(locales, config.flattenedFields, doc) : inTheOnlyLocale(locales, doc),
  )
}

/** A value read in each language. */
export function valuesIn<T, V>(doc: InLocales<T>, pick: (version: T) => V): Map<string, V> {
  return new Map([...doc.each].map(([locale, version]) => [locale, pick(version)]))
}

function text(value: unknown): string | null {
  const published = typeof value === 'string' ? publishableText(value) : ''
  return published.trim() !== '' ? published : null
}

export function optionalLocalized<T>(
  doc: InLocales<T>,
  pick: (version: T) => unknown,
): OptionalLocalizedText {
  return Object.fromEntries([...valuesIn(doc, pick)].map(([locale, value]) => [locale, text(value)]))
}

/** A required localised field: the default language must be there; without it the caller leaves the item out. */
export function requiredLocalized<T>(doc: InLocales<T>, pick: (version: T) => unknown): LocalizedText | null {
  const localized = optionalLocalized(doc, pick)
  return localized[doc.defaultLocale] ? localized : null
}

/**
 * The rows of an array field, each in every language: rows are shared between languages
 * (their localised fields differ), so a row is found in each language by its id.
 */
export function rowsIn<T, R extends Row>(
  doc: InLocales<T>,
  pick: (version: T) => R[] | null | undefined,
): InLocales<R>[] {
  const rowsOf = new Map([...doc.each].map(([locale, version]) => [locale, pick(version) ?? []]))
  return (pick(doc.base) ?? []).map((base, index) => ({
    base,
    defaultLocale: doc.defaultLocale,
    each: new Map(
      [...rowsOf].flatMap(([locale, rows]) => {
        const row = base.id ? rows.find((candidate) => candidate.id === base.id) : rows[index]
        return row ? [[locale, row] as const] : []
      }),
    ),
  }))
}
