import { InvalidSnapshotError } from '@programma/shared'
import type { Endpoint } from 'payload'

import { cachedSnapshot } from '../snapshot/cache'

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/**
 * GET /api/snapshot: the published programme for site builds. Always what a reader may
 * see, whoever asks; built once per content change and revalidated by ETag, so an unchanged
 * programme costs neither a rebuild nor a transfer.
 */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => {
    let snapshot: { body: string; etag: string }
    try {
      snapshot = await cachedSnapshot(req.payload)
    } catch (error) {
      if (!(error instanceof InvalidSnapshotError)) throw error
      return Response.json(
        {
          error: `Программа не собирается в снимок: исправьте эти поля — the programme snapshot cannot be built; fix these fields: ${error.issues.slice(0, 10).join('; ')}`,
          issues: error.issues,
        },
        { status: 500 },
      )
    }
    const { body, etag } = snapshot
    const headers = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
    if (matches(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    })
  },
}
