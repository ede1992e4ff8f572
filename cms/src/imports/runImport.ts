import { slugify } from '@programma/shared'
import type { PayloadRequest } from 'payload'

import { curatedForumIds, hasRole } from '../access/roles'
import { requestSiteRebuild, SKIP_SITE_REBUILD } from '../hooks/siteRebuild'
import { ImportFileError } from './decode'
import { parseCsv, type CsvRow, type ParsedCsv } from './parse'
import { loadExisting, loadReferences, type Existing } from './load'
import { type ImportCollection, type References, type RowData, SPECS } from './specs'
import { inOneTransaction } from './transaction'
import { CellError } from './values'

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject'

export interface RowResult {
  line: number
  key: string
  action: RowAction
  reasons?: string[]
}

export interface ImportReport {
  collection: ImportCollection
  encoding?: string
  delimiter?: string
  counts: Record<RowAction, number>
  rows: RowResult[]
  applied: boolean
  /** Why nothing was (or would be) imported, when the whole file is refused. */
  error?: string
}

interface PlannedRow extends RowResult {
  data?: RowData
  id?: string | number
}

function emptyCounts(): Record<RowAction, number> {
  return { create: 0, update: 0, unchanged: 0, reject: 0 }
}

function refused(collection: ImportCollection, error: string, parsed?: ParsedCsv): ImportReport {
  return {
    collection,
    encoding: parsed?.encoding,
    delimiter: parsed?.delimiter,
    counts: emptyCounts(),
    rows: [],
    applied: false,
    error,
  }
}

function headerProblem(collection: ImportCollection, columns: string[]): string | undefined {
  const spec = SPECS[collection]
  const missing = spec.required.filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    return `Нет обязательных столбцов: ${missing.join(', ')} — required columns missing: ${missing.join(', ')}`
  }
  const unknown = columns.filter((column) => !spec.columns.includes(column))
  if (unknown.length > 0) {
    return `Неизвестные столбцы: ${unknown.join(', ')}; допустимы: ${spec.columns.join(', ')} — unknown columns: ${unknown.join(', ')}`
  }
  if (hasDuplicates(columns)) return 'Столбцы повторяются — a column appears twice'
  return undefined
}

function hasDuplicates(values: string[]): boolean {
  return new Set(values).size !== values.length
}

function keyOf(collection: ImportCollection, row: CsvRow): string {
  const spec = SPECS[collection]
  return row.values.slug || slugify(row.values[spec.titleColumn] ?? '')
}

function sameAsStored(row: CsvRow, stored: Record<string, string>): boolean {
  return Object.entries(row.values).every(([column, value]) => (stored[column] ?? '') === value)
}

function notYours(req: PayloadRequest, data: RowData): string | undefined {
  if (!hasRole(req, 'curator')) return undefined
  const own = curatedForumIds(req).map(String)
  if (own.includes(String(data.ru.forum))) return undefined
  return 'Этот форум ведёт другой куратор — this forum is not one of yours'
}

function planRow(
  req: PayloadRequest,
  collection: ImportCollection,
  row: CsvRow,
  key: string,
  refs: References,
  existing: Existing,
): PlannedRow {
  const spec = SPECS[collection]
  let data: RowData
  try {
    data = spec.toData({ ...row.values, slug: key }, refs)
  } catch (error) {
    const reason = error instanceof CellError ? `${error.column}: ${error.message}` : (error as Error).message
    return { line: row.line, key, action: 'reject', reasons: [reason] }
  }
  const forbidden = collection === 'sessions' ? notYours(req, data) : undefined
  if (forbidden) return { line: row.line, key, action: 'reject', reasons: [forbidden] }
  const stored = existing.get(key)
  if (!stored) return { line: row.line, key, action: 'create', data }
  const storedRow = spec.toRow(stored.ru, stored.en, refs)
  const action = sameAsStored({ ...row, values: { ...row.values, slug: key } }, storedRow)
    ? 'unchanged'
    : 'update'
  return { line: row.line, key, action, data, id: stored.ru.id }
}

function rejectDuplicates(rows: CsvRow[], keys: string[], planned: PlannedRow[]): void {
  const linesByKey = new Map<string, number[]>()
  keys.forEach((key, index) => linesByKey.set(key, [...(linesByKey.get(key) ?? []), rows[index]?.line ?? 0]))
  planned.forEach((row) => {
    const lines = linesByKey.get(row.key) ?? []
    if (lines.length < 2) return
    row.action = 'reject'
    row.reasons = [
      ...(row.reasons ?? []),
      `«${row.key}» повторяется в строках ${lines.join(', ')} — "${row.key}" appears on lines ${lines.join(', ')}`,
    ]
  })
}

async function write(req: PayloadRequest, collection: ImportCollection, row: PlannedRow): Promise<void> {
  const data = row.data as RowData
  const common = {
    collection,
    req,
    // A signed-in editor's import obeys their access; the command line is trusted as the server is.
    overrideAccess: !req.user,
    context: { [SKIP_SITE_REBUILD]: true },
    draft: !data.published,
    depth: 0,
  } as const
  const status = { _status: data.published ? 'published' : 'draft' }
  const saved =
    row.action === 'create'
      ? await req.payload.create({ ...common, locale: 'ru', data: { ...data.ru, ...status } as never })
      : await req.payload.update({
          ...common,
          id: row.id as number,
          locale: 'ru',
          data: { ...data.ru, ...status } as never,
        })
  if (data.en) {
    await req.payload.update({
      ...common,
      id: saved.id,
      locale: 'en',
      data: { ...data.en, ...status } as never,
    })
  }
}

async function apply(
  req: PayloadRequest,
  collection: ImportCollection,
  planned: PlannedRow[],
): Promise<void> {
  await inOneTransaction(req, async () => {
    for (const row of planned) {
      if (row.action !== 'create' && row.action !== 'update') continue
      try {
        await write(req, collection, row)
      } catch (error) {
        throw new ImportFileError(
          `Строка ${row.line} («${row.key}»): ${(error as Error).message} — nothing was imported`,
          row.line,
        )
      }
    }
  })
}

/**
 * Reads a CSV of sessions, experts or partners and says, row by row, what it would create,
 * update, leave unchanged or reject (with the line and the reason). With `apply`, writes it
 * all in one transaction — or, if anything is rejected or fails, nothing at all.
 */
export async function runImport(
  req: PayloadRequest,
  collection: ImportCollection,
  bytes: Uint8Array,
  options: { apply: boolean },
): Promise<ImportReport> {
  let parsed: ParsedCsv
  try {
    parsed = parseCsv(bytes)
  } catch (error) {
    const line = (error as ImportFileError).line
    return refused(
      collection,
      line ? `Строка ${line}: ${(error as Error).message}` : (error as Error).message,
    )
  }
  const problem = headerProblem(collection, parsed.columns)
  if (problem) return refused(collection, problem, parsed)
  if (collection !== 'sessions' && hasRole(req, 'curator')) {
    return refused(collection, 'Кураторы импортируют только сессии — curators import sessions only', parsed)
  }
  const refs = await loadReferences(req, collection)
  const existing = await loadExisting(req, collection)
  const keys = parsed.rows.map((row) => keyOf(collection, row))
  const planned = parsed.rows.map((row, index) =>
    planRow(req, collection, row, keys[index] ?? '', refs, existing),
  )
  rejectDuplicates(parsed.rows, keys, planned)
  const counts = emptyCounts()
  for (const row of planned) counts[row.action] += 1
  const report: ImportReport = {
    collection,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    counts,
    rows: planned.map(({ line, key, action, reasons }) => ({
      line,
      key,
      action,
      ...(reasons ? { reasons } : {}),
    })),
    applied: false,
  }
  if (!options.apply) return report
  if (counts.reject > 0) {
    return {
      ...report,
      error: `Отклонено строк: ${counts.reject}; ничего не импортировано — ${counts.reject} rows rejected; nothing was imported`,
    }
  }
  try {
    await apply(req, collection, planned)
  } catch (error) {
    return { ...report, error: (error as Error).message }
  }
  if (counts.create + counts.update > 0) requestSiteRebuild(req, `import:${collection}`)
  return { ...report, applied: true }
}
