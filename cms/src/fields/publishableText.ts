import type { FieldHook } from 'payload'

/**
 * Characters no output of the programme can carry: C0 controls other than tab and line breaks,
 * U+FFFE, U+FFFF and lone surrogates. XML 1.0 forbids them (one NUL pasted into a title would
 * make schedule.xml unreadable for every conference app), in HTML they are parse errors, and
 * SQLite cuts some columns short at a NUL. A vertical tab or form feed pasted from a word
 * processor is the usual way they arrive.
 */
const UNPUBLISHABLE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Text as it is published: exactly as typed, less the characters nothing can show. */
export function publishableText(value: string): string {
  return value.replace(UNPUBLISHABLE, '')
}

/** Cleans a text field as it is saved, so the database keeps what every output can show. */
export const keepPublishableText: FieldHook = ({ value }) =>
  typeof value === 'string' ? publishableText(value) : value
