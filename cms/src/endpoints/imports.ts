import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, isStaff } from '../access/roles'
import { exportCsv } from '../imports/exportCsv'
import { runImport } from '../imports/runImport'
import { IMPORT_COLLECTIONS, type ImportCollection } from '../imports/specs'
import { CellError } from '../imports/values'

/** 10,000 rows of a few hundred bytes each, with room to spare. */
const MAX_FILE_BYTES = 20 * 1024 * 1024

function collectionOf(req: PayloadRequest): ImportCollection | undefined {
  const name = String(req.routeParams?.collection ?? '').replace(/\.csv$/, '')
  return (IMPORT_COLLECTIONS as string[]).includes(name) ? (name as ImportCollection) : undefined
}

function staffOnly(req: PayloadRequest): Response | undefined {
  if (!req.user) return Response.json({ error: 'Войдите в админку — sign in first' }, { status: 401 })
  if (!isStaff(req)) return Response.json({ error: 'Staff only' }, { status: 403 })
  return undefined
}

/** The uploaded file: the `file` field of a form, or the request body itself. */
async function uploadedBytes(req: PayloadRequest): Promise<Uint8Array> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data') && req.formData) {
    const file = (await req.formData()).get('file')
    if (file && typeof file !== 'string') return new Uint8Array(await file.arrayBuffer())
    return new Uint8Array()
  }
  return new Uint8Array((await req.arrayBuffer?.()) ?? new ArrayBuffer(0))
}

/** POST /api/import/<sessions|experts|partners>[?dryRun=1]: a preview, or the import itself. */
export const importEndpoint: Endpoint = {
  path: '/import/:collection',
  method: 'post',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const collection = collectionOf(req)
    if (!collection)
      return Response.json({ error: `Import one of: ${IMPORT_COLLECTIONS.join(', ')}` }, { status: 404 })
    if (collection !== 'sessions' && !hasRole(req, 'admin', 'editor')) {
      return Response.json(
        { error: 'Кураторы импортируют только сессии — curators import sessions only' },
        { status: 403 },
      )
    }
    if (Number(req.headers.get('content-length') ?? 0) > MAX_FILE_BYTES) {
      return Response.json({ error: 'Файл больше 20 МБ — the file is over 20 MB' }, { status: 413 })
    }
    const bytes = await uploadedBytes(req)
    if (bytes.length === 0) return Response.json({ error: 'Файл пуст — the file is empty' }, { status: 400 })
    if (bytes.length > MAX_FILE_BYTES) {
      return Response.json({ error: 'Файл больше 20 МБ — the file is over 20 MB' }, { status: 413 })
    }
    const dryRun = ['1', 'true'].includes(req.searchParams?.get('dryRun') ?? '')
    const report = await runImport(req, collection, bytes, { apply: !dryRun })
    return Response.json(report, { status: report.error ? 422 : 200 })
  },
}

/** GET /api/export/<sessions|experts|partners>.csv[?edition=<slug or year>], for the team. */
export const exportEndpoint: Endpoint = {
  path: '/export/:collection',
  method: 'get',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const collection = collectionOf(req)
    if (!collection)
      return Response.json({ error: `Export one of: ${IMPORT_COLLECTIONS.join(', ')}` }, { status: 404 })
    let csv: string
    try {
      csv = await exportCsv(req, collection, { edition: req.searchParams?.get('edition') || undefined })
    } catch (error) {
      if (!(error instanceof CellError)) throw error
      return Response.json({ error: `${error.column}: ${error.message}` }, { status: 400 })
    }
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${collection}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
