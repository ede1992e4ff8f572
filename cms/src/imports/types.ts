export type ImportCollection = 'sessions' | 'experts' | 'partners'
export const IMPORT_COLLECTIONS: ImportCollection[] = ['sessions', 'experts', 'partners']

export type Id = string | number
export type Doc = Record<string, unknown> & { id?: Id; slug?: string; _status?: string }

/** A stored document as editors see it (its latest version), in both languages. */
export interface Stored {
  ru: Doc
  en?: Doc
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

/** What one row writes: Russian fields (and the rest), English fields, and the status. */
export interface RowData {
  ru: Record<string, unknown>
  en?: Record<string, unknown>
  published: boolean
}

export interface ImportSpec {
  collection: ImportCollection
  /** Every column, in the order exports write them. */
  columns: string[]
  required: string[]
  /** The column a slug is made from when the slug column is empty. */
  titleColumn: string
  /**
   * Localized fields Payload requires in every language it saves: an empty English cell
   * keeps the stored translation (it cannot be cleared), and English text is saved only
   * with an English one.
   */
  requiredTranslations: string[]
  /** Only the columns present in the file are read, so a file of a few columns changes only those. */
  toData: (values: Record<string, string>, refs: References, stored?: Stored) => RowData
  toRow: (stored: Stored, refs: References) => Record<string, string>
}
