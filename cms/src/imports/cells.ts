import type { Doc, Id, References, Stored } from './types'
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

/**
 * Localized columns present in the file: `name_ru`, `name_en` to { ru: { name }, en: { name } }.
 * An empty English cell removes the translation (the site then shows Russian), except for
 * the fields in `keep`, which Payload requires: there it leaves the stored translation alone.
 */
export function localized(values: Record<string, string>, fields: string[], keep: string[] = []) {
  const ru: Record<string, unknown> = {}
  const en: Record<string, unknown> = {}
  for (const field of fields) {
    const russian = values[`${field}_ru`]
    const english = values[`${field}_en`]
    if (russian !== undefined) ru[field] = russian
    if (english === undefined || (english === '' && keep.includes(field))) continue
    en[field] = english || null
  }
  return { ru, en: Object.keys(en).length > 0 ? en : undefined }
}

/** An English cell is empty when there is no translation or it repeats the Russian. */
export function localizedRow(ru: Doc, en: Doc | undefined, fields: string[]): Record<string, string> {
  const row: Record<string, string> = {}
  for (const field of fields) {
    row[`${field}_ru`] = text(ru[field])
    const english = text(en?.[field])
    row[`${field}_en`] = english === text(ru[field]) ? '' : english
  }
  return row
}

/** The `published` column: given, it decides; absent, a stored document keeps its status. */
export function publishedOf(values: Record<string, string>, stored: Stored | undefined): boolean {
  if (has(values, 'published')) return yesNo('published', values.published ?? '')
  return stored ? stored.ru._status !== 'draft' : true
}

export function publishedCell(doc: Doc): string {
  return doc._status === 'draft' ? 'нет' : 'да'
}
