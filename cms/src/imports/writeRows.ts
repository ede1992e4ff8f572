import type { PayloadRequest } from 'payload'

import { storageFault } from '../config/storageErrors'
import { SKIP_SITE_REBUILD } from '../hooks/siteRebuild'
import { type PlannedRow, reject } from './plan'
import { closeTransaction, openTransaction } from './transaction'
import type { ImportSpec, RowData } from './types'
import { slugOf } from '../plugin/registry'

interface FieldError {
  path?: string
  message?: string
}

/** Payload's refusal in the editor's terms: the fields and what is wrong with each. */
export function describeWriteError(error: unknown): string {
  const fields = (error as { data?: { errors?: FieldError[] } }).data?.errors
  if (Array.isArray(fields) && fields.length > 0) {
    return fields.map((field) => `${field.path ?? '?'}: ${field.message ?? ''}`).join('; ')
  }
  return error instanceof Error ? error.message : String(error)
}

/** The row in the default locale, then in each other locale it writes, in the host's order. */
async function writeRow(
  req: PayloadRequest,
  spec: ImportSpec,
  row: PlannedRow,
  asServer: boolean,
): Promise<void> {
  const data = row.data as RowData
  const common = {
    collection: slugOf(req.payload.config, spec.collection),
    req,
    overrideAccess: asServer,
    context: { [SKIP_SITE_REBUILD]: true },
    draft: !data.published,
    depth: 0,
  } as const
  const status = { _status: data.published ? 'published' : 'draft' }
  const base = { ...common, locale: spec.locales.base, data: { ...data.base, ...status } as never }
  const saved =
    row.action === 'create'
      ? await req.payload.create(base)
      : await req.payload.update({ ...base, id: row.id as number })
  for (const locale of spec.locales.translations) {
    const translated = data.translations[locale]
    if (!translated) continue
    await req.payload.update({ ...common, id: saved.id, locale, data: { ...translated, ...status } as never })
  }
}

/** Lets the server answer other requests between rows: libsql's local calls do not yield. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

const changes = (rows: PlannedRow[]) =>
  rows.filter((row) => row.action === 'create' || row.action === 'update')

/**
 * Tries one row the way the CMS saves it; a refusal becomes the row's rejection. A database
 * that cannot take writes at all (full, read-only, no primary) is no fault of the row's: it
 * ends the import with its 503, nothing applied.
 */
async function tryRow(req: PayloadRequest, spec: ImportSpec, row: PlannedRow, asServer: boolean) {
  try {
    await writeRow(req, spec, row, asServer)
    return true
  } catch (error) {
    if (storageFault(error)) throw error
    reject(row, describeWriteError(error))
    return false
  }
}

/** Rows a preview tries in one rolled-back transaction: editors' saves wait about a second at most. */
const PREVIEW_BATCH = 25

function batches<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  )
}

/** Tries rows in the open transaction; after a refusal, which rolls it back, goes on in a fresh one. */
async function tryRows(req: PayloadRequest, spec: ImportSpec, rows: PlannedRow[], asServer: boolean) {
  for (const row of rows) {
    if (!(await tryRow(req, spec, row, asServer))) {
      await closeTransaction(req, false)
      await openTransaction(req)
    }
    await breathe()
  }
}

/**
 * A preview: the rows written a batch at a time, each batch rolled back at once, so the CMS's
 * own validation and access show up as rejections while editors' saves wait for one batch,
 * never for the whole file.
 */
async function previewRows(req: PayloadRequest, spec: ImportSpec, rows: PlannedRow[], asServer: boolean) {
  for (const batch of batches(changes(rows), PREVIEW_BATCH)) {
    await openTransaction(req)
    try {
      await tryRows(req, spec, batch, asServer)
    } finally {
      await closeTransaction(req, false)
    }
  }
}

/**
 * The import: every row in one transaction, committed only when no row at all is rejected.
 * On MongoDB that transaction must end within the server's limits, so runImport refuses a
 * file that changes more rows than one holds (see transactionLimit).
 * Payload rolls the whole transaction back when a write fails, so after a refused row the
 * rest are tried in a fresh one (and the import is not applied): every refusal in the file is
 * found in one pass.
 */
async function applyRows(req: PayloadRequest, spec: ImportSpec, rows: PlannedRow[], asServer: boolean) {
  let committed = false
  await openTransaction(req)
  try {
    await tryRows(req, spec, changes(rows), asServer)
    committed = rows.every((row) => row.action !== 'reject')
  } finally {
    await closeTransaction(req, committed)
  }
  return committed
}

/**
 * Writes every new and changed row the way the CMS saves them (hooks, validation, access):
 * as a preview that undoes each row at once, or as the import, all or nothing.
 */
export async function writeRows(
  req: PayloadRequest,
  spec: ImportSpec,
  rows: PlannedRow[],
  options: { commit: boolean; asServer: boolean },
): Promise<boolean> {
  const context = req.context
  try {
    if (!options.commit) {
      await previewRows(req, spec, rows, options.asServer)
      return false
    }
    return await applyRows(req, spec, rows, options.asServer)
  } finally {
    // Each Local API call merges its `context` into the request's: give the request back as it was.
    req.context = context
  }
}
