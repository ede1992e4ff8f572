import type { ImportLocales } from './locales'

export type ImportCollection = 'sessions' | 'experts' | 'partners'
export const IMPORT_COLLECTIONS: ImportCollection[] = ['sessions', 'experts', 'partners']

export type Id = string | number
/** Fields by name, as a row writes them. */
export type Fields = Record<string, unknown>
export type Doc = Fields & { id?: Id; slug?: string; _status?: string }

/** One value per locale, by its code. */
export interface ByLocale<T> {
  [locale: string]: T
}

/** A stored document as editors see it (its latest version), in each of the host's locales. */
export interface Stored {
  /** In the default locale, with the fields that are not localised. */
  base: Doc
  /** In each other locale that has a version of it. */
  translations: ByLocale<Doc>
}

export interface EditionRef {
  id: Id
  slug: string
  year?: number
  /** The zone the edition's times are written in. */
  timeZone: string
}

/** Slugs and ids of what rows refer to, loaded once per import. */
export interface References {
  /** By slug and by year: a year two editions share gives both. */
  editions: Map<string, EditionRef[]>
  forums: Map<string, { id: Id; edition: Id }>
  experts: Map<string, Id>
  /** `kind:id` to slug, for writing references back as slugs. */
  slugOf: Map<string, string>
}

/** What one row writes: the default locale's fields (and the rest), other locales' fields, and the status. */
export interface RowData {
  base: Fields
  /** Only the locales the row writes to; any other keeps its stored text. */
  translations: ByLocale<Fields>
  published: boolean
}

export interface ImportSpec {
  collection: ImportCollection
  /** The locales of the localised columns. */
  locales: ImportLocales
  /** Every column, in the order exports write them. */
  columns: string[]
  required: string[]
  /** The column a slug is made from when the slug column is empty. */
  titleColumn: string
  /**
   * Localized fields Payload requires in every language it saves: an empty translation cell
   * keeps the stored translation (it cannot be cleared), and a translation is saved only
   * with one of these.
   */
  requiredTranslations: string[]
  /** Only the columns present in the file are read, so a file of a few columns changes only those. */
  toData: (values: Record<string, string>, refs: References, stored?: Stored) => RowData
  toRow: (stored: Stored, refs: References) => Record<string, string>
}
