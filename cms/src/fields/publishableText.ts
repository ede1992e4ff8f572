import type { CollectionBeforeValidateHook, CollectionConfig, FieldHook } from 'payload'

/**
 * Characters no output of the programme can carry: C0 controls other than tab and line breaks,
 * U+FFFE, U+FFFF and lone surrogates. XML 1.0 forbids them (one NUL pasted into a title would
 * make schedule.xml unreadable for every conference app), in HTML they are parse errors, and
 * SQLite cuts some columns short at a NUL. A vertical tab or form feed pasted from a word
 * processor is the usual way they arrive.
 */
const UNPUBLISHABLE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Characters that change what a reader sees without being seen: bidirectional embeddings,
 * overrides and isolates (U+202E makes "gpj.exe" read "exe.jpg", a title read backwards),
 * the zero-width space, the word joiner and a stray byte-order mark (two titles that look the
 * same but are not, a search that misses). Joiners that scripts and emoji need stay.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/gu

/** Text as it is published: exactly as typed, less the characters nothing can show or that hide. */
export function publishableText(value: string): string {
  return value.replace(UNPUBLISHABLE, '').replace(INVISIBLE, '')
}

/** Every string in a document's data, cleaned; other values as they are. */
export function withPublishableStrings<T>(value: T): T {
  if (typeof value === 'string') return publishableText(value) as T
  if (Array.isArray(value)) return value.map((item) => withPublishableStrings(item)) as T
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withPublishableStrings(item)]),
    ) as T
  }
  return value
}

/** Cleans a text field as it is saved, so the database keeps what every output can show. */
export const keepPublishableText: FieldHook = ({ value }) =>
  typeof value === 'string' ? publishableText(value) : value

const cleanData: CollectionBeforeValidateHook = ({ data }) => withPublishableStrings(data)

/**
 * Whatever an editor, an import or the API sends to a collection the site shows is stored
 * without the characters above, so the database, the CSV exports and every page hold the
 * same text.
 */
export function withPublishableTextOnly(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeValidate: [cleanData, ...(collection.hooks?.beforeValidate ?? [])] },
  }
}
