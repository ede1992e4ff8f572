import { createHash } from 'node:crypto'

import type { Endpoint } from 'payload'

import { buildSnapshot } from '../snapshot/buildSnapshot'

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/**
 * GET /api/snapshot: the published programme for site builds. Always what a reader may
 * see, whoever asks; revalidated by ETag so an unchanged programme costs no transfer.
 */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => {
    const body = JSON.stringify(await buildSnapshot(req.payload))
    const etag = etagOf(body)
    const headers = { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
    if (matches(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers })
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    })
  },
}
