import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { requestSiteRebuild } from '../hooks/siteRebuild'
import type { Encoding } from './decode'
import { loadExisting, loadReferences } from './load'
import { parseCsv, type ParsedCsv } from './parse'
import { planRows, type RowAction, type RowResult } from './plan'
import { importSpec } from './specs'
import { transactionLimitProblem } from './transactionLimit'
import type { ImportCollection, ImportSpec } from './types'
import { writeRows } from './writeRows'

export type { RowAction, RowResult } from './plan'

export interface ImportReport {
  collection: ImportCollection
  encoding?: Encoding
  delimiter?: string
  counts: Record<RowAction, number>
  rows: RowResult[]
  applied: boolean
  /** Why nothing was (or would be) imported. */
  error?: string
}

export interface ImportOptions {
  /** Write it (all or nothing); otherwise a preview, which writes and rolls back. */
  apply: boolean
  /** The command line: trusted as the server is, with no user's access to obey. */
  asServer?: boolean
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

function headerProblem(spec: ImportSpec, columns: string[]): string | undefined {
  const missing = spec.required.filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    return `Нет обязательных столбцов: ${missing.join(', ')} — required columns missing: ${missing.join(', ')}`
  }
  const unknown = columns.filter((column) => !spec.columns.includes(column))
  if (unknown.length > 0) {
    return `Неизвестные столбцы: ${unknown.join(', ')}; допустимы: ${spec.columns.join(', ')} — unknown columns: ${unknown.join(', ')}`
  }
  const repeated = columns.filter((column, index) => columns.indexOf(column) !== index)
  if (repeated.length > 0) {
    return `Столбец повторяется: ${repeated.join(', ')} — a column appears twice: ${repeated.join(', ')}`
  }
  return undefined
}

function whoMayNot(req: PayloadRequest, collection: ImportCollection, asServer: boolean): string | undefined {
  if (asServer) return undefined
  if (!req.user) return 'Войдите в админку — sign in first'
  if (hasRole(req, 'admin', 'editor')) return undefined
  if (hasRole(req, 'curator') && collection === 'sessions') return undefined
  return hasRole(req, 'curator')
    ? 'Кураторы импортируют только сессии — curators import sessions only'
    : 'Импорт — для команды программы — import is for the programme team'
}

function parse(collection: ImportCollection, bytes: Uint8Array): ParsedCsv | ImportReport {
  try {
    return parseCsv(bytes)
  } catch (error) {
    const line = (error as { line?: number }).line
    const message = (error as Error).message
    return refused(collection, line ? `Строка ${line}: ${message}` : message)
  }
}

/**
 * Reads a CSV of sessions, experts or partners and says, row by row, what it creates,
 * updates, leaves unchanged or rejects (with the line and the reason). Every changed row is
 * written as the CMS writes it, inside one transaction: a preview rolls it back, an import
 * commits it — only if no row is rejected — and asks for one site rebuild.
 */
export async function runImport(
  req: PayloadRequest,
  collection: ImportCollection,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportReport> {
  const asServer = options.asServer ?? false
  const forbidden = whoMayNot(req, collection, asServer)
  if (forbidden) return refused(collection, forbidden)
  const parsed = parse(collection, bytes)
  if (!('columns' in parsed)) return parsed
  const spec = importSpec(req.payload.config, collection)
  const problem = headerProblem(spec, parsed.columns)
  if (problem) return refused(collection, problem, parsed)

  const [refs, existing] = await Promise.all([
    loadReferences(req, collection, spec.locales),
    loadExisting(req, collection, spec.locales),
  ])
  const planned = planRows(req, spec, parsed.rows, refs, existing)
  const changing = planned.filter((row) => row.action === 'create' || row.action === 'update').length
  const tooLarge = transactionLimitProblem(req.payload, changing)
  // A preview of a file too large to apply still shows every row; the import writes nothing.
  const applied =
    options.apply && tooLarge
      ? false
      : await writeRows(req, spec, planned, { commit: options.apply, asServer })

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
    applied,
  }
  if (tooLarge) {
    report.error = tooLarge
  } else if (options.apply && counts.reject > 0) {
    report.error = `Отклонено строк: ${counts.reject}; ничего не импортировано — ${counts.reject} rows rejected; nothing imported`
  }
  if (applied && counts.create + counts.update > 0) requestSiteRebuild(req, `import:${collection}`)
  return report
}
