import type { PayloadRequest } from 'payload'

import { SKIP_SITE_REBUILD } from '../hooks/siteRebuild'
import { type PlannedRow, reject } from './plan'
import { closeTransaction, openTransaction } from './transaction'
import type { ImportCollection, RowData } from './types'

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

async function writeRow(
  req: PayloadRequest,
  collection: ImportCollection,
  row: PlannedRow,
  asServer: boolean,
): Promise<void> {
  const data = row.data as RowData
  const common = {
    collection,
    req,
    overrideAccess: asServer,
    context: { [SKIP_SITE_REBUILD]: true },
    draft: !data.published,
    depth: 0,
  } as const
  const status = { _status: data.published ? 'published' : 'draft' }
  const russian = { ...data.ru, ...status } as never
  const saved =
    row.action === 'create'
      ? await req.payload.create({ ...common, locale: 'ru', data: russian })
      : await req.payload.update({ ...common, id: row.id as number, locale: 'ru', data: russian })
  if (data.en) {
    await req.payload.update({
      ...common,
      id: saved.id,
      locale: 'en',
      data: { ...data.en, ...status } as never,
    })
  }
}

/**
 * Writes every new and changed row in one transaction, the way the CMS saves them (hooks,
 * validation, access), and turns a row the CMS refuses into a rejected row with its reason.
 * Commits only when asked and when no row at all is rejected; otherwise rolls back, so a
 * preview is the import itself, undone.
 *
 * Payload rolls the whole transaction back when a write fails, so after a refused row the
 * rest are tried in a fresh one: every refusal in the file is found in one pass.
 */
export async function writeRows(
  req: PayloadRequest,
  collection: ImportCollection,
  rows: PlannedRow[],
  options: { commit: boolean; asServer: boolean },
): Promise<boolean> {
  const context = req.context
  let committed = false
  await openTransaction(req)
  try {
    for (const row of rows) {
      if (row.action !== 'create' && row.action !== 'update') continue
      try {
        await writeRow(req, collection, row, options.asServer)
      } catch (error) {
        reject(row, describeWriteError(error))
        await closeTransaction(req, false)
        await openTransaction(req)
      }
    }
    committed = options.commit && rows.every((row) => row.action !== 'reject')
  } finally {
    await closeTransaction(req, committed)
    // Each Local API call merges its `context` into the request's: give the request back as it was.
    req.context = context
  }
  return committed
}
