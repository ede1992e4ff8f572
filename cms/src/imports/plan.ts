import { slugify } from '@programma/shared'
import type { PayloadRequest } from 'payload'

import { curatedForumIds, hasRole } from '../access/roles'
import type { CsvRow } from './parse'
import { editionByKey } from './references'
import { missingTranslatedTitle, translationChanges } from './translations'
import type { ByLocale, Doc, EditionRef, Id, ImportSpec, References, RowData, Stored } from './types'
import { CellError } from './values'

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject'

export interface RowResult {
  /** The line in the file where the row starts (the header is line 1). */
  line: number
  key: string
  action: RowAction
  reasons?: string[]
}

export interface PlannedRow extends RowResult {
  data?: RowData
  /** The stored document an update writes to. */
  id?: Id
}

export function reject(row: PlannedRow, reason: string): PlannedRow {
  row.action = 'reject'
  row.reasons = [...(row.reasons ?? []), reason]
  return row
}

function editionOf(refs: References, values: Record<string, string>): EditionRef | undefined {
  try {
    return editionByKey(refs, 'edition', values.edition ?? '')
  } catch {
    return undefined
  }
}

/**
 * The row's slug, or one made from its title the way the CMS makes them. Slugs of sessions
 * are unique across editions, so a made slug that another edition's session already has
 * gets this edition's year: the same file then finds the same session on every run.
 */
function keyOf(spec: ImportSpec, row: CsvRow, refs: References, existing: Map<string, Stored>): string {
  const given = row.values.slug?.trim()
  if (given) return given
  const base = slugify(row.values[spec.titleColumn] ?? '')
  const edition = spec.collection === 'sessions' ? editionOf(refs, row.values) : undefined
  const holder = existing.get(base)
  if (!base || !edition || !holder || String(holder.base.edition) === String(edition.id)) return base
  return `${base}-${edition.year ?? edition.slug}`
}

/** A session is matched within its edition: a slug another edition's session has is not this one. */
function heldByAnotherEdition(
  refs: References,
  values: Record<string, string>,
  stored: Stored,
): string | undefined {
  const edition = editionOf(refs, values)
  if (!edition || String(stored.base.edition) === String(edition.id)) return undefined
  const other = refs.slugOf.get(`editions:${String(stored.base.edition)}`) ?? String(stored.base.edition)
  return `slug: «${String(stored.base.slug)}» — так называется сессия выпуска ${other} — a session of edition ${other} has this slug`
}

function notYours(req: PayloadRequest, data: RowData, stored: Stored | undefined): string | undefined {
  if (!hasRole(req, 'curator')) return undefined
  const forum = data.base.forum === undefined ? stored?.base.forum : data.base.forum
  if (forum && curatedForumIds(req).map(String).includes(String(forum))) return undefined
  return 'forum: сессии этого форума ведёт не этот куратор — you do not curate this forum'
}

/** Each locale's stored version with what the row writes in it. */
function translationsAfter(spec: ImportSpec, data: RowData, stored: Stored): ByLocale<Doc> {
  return Object.fromEntries(
    spec.locales.translations.map((locale) => [
      locale,
      { ...stored.translations[locale], ...data.translations[locale] },
    ]),
  )
}

/** Whether writing the row would leave every column as the stored document has it. */
function unchanged(spec: ImportSpec, refs: References, data: RowData, stored: Stored): boolean {
  const before = spec.toRow(stored, refs)
  const after = spec.toRow(
    {
      base: { ...stored.base, ...data.base, _status: data.published ? 'published' : 'draft' },
      translations: translationsAfter(spec, data, stored),
    },
    refs,
  )
  return spec.columns.every((column) => before[column] === after[column])
}

function planRow(
  req: PayloadRequest,
  spec: ImportSpec,
  row: CsvRow,
  key: string,
  refs: References,
  existing: Map<string, Stored>,
): PlannedRow {
  const planned: PlannedRow = { line: row.line, key, action: 'create' }
  if (!key) return reject(planned, `${spec.titleColumn}: пусто, а slug не указан — empty, and no slug given`)
  const stored = existing.get(key)
  const elsewhere = stored && spec.collection === 'sessions' && heldByAnotherEdition(refs, row.values, stored)
  if (elsewhere) return reject(planned, elsewhere)
  let data: RowData
  try {
    data = spec.toData({ ...row.values, slug: key }, refs, stored)
  } catch (error) {
    if (!(error instanceof CellError)) throw error
    return reject(planned, `${error.column}: ${error.message}`)
  }
  data.translations = translationChanges(data.translations, stored?.translations, {
    ...stored?.base,
    ...data.base,
  })
  const problem =
    missingTranslatedTitle(spec, data, stored?.translations) ??
    (spec.collection === 'sessions' ? notYours(req, data, stored) : undefined)
  if (problem) return reject(planned, problem)
  if (!stored) return { ...planned, data }
  const action = unchanged(spec, refs, data, stored) ? 'unchanged' : 'update'
  return { ...planned, action, data, id: stored.base.id }
}

function rejectDuplicates(planned: PlannedRow[]): void {
  const linesByKey = new Map<string, number[]>()
  for (const row of planned) linesByKey.set(row.key, [...(linesByKey.get(row.key) ?? []), row.line])
  for (const row of planned) {
    const lines = linesByKey.get(row.key) ?? []
    if (!row.key || lines.length < 2) continue
    reject(
      row,
      `slug: «${row.key}» повторяется в строках ${lines.join(', ')} — "${row.key}" appears on lines ${lines.join(', ')}`,
    )
  }
}

/** What each row would do, and why a row cannot be imported, before anything is written. */
export function planRows(
  req: PayloadRequest,
  spec: ImportSpec,
  rows: CsvRow[],
  refs: References,
  existing: Map<string, Stored>,
): PlannedRow[] {
  const planned = rows.map((row) => planRow(req, spec, row, keyOf(spec, row, refs, existing), refs, existing))
  rejectDuplicates(planned)
  return planned
}
