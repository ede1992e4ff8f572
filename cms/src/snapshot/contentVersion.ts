import type { Payload } from 'payload'

import { SNAPSHOT_COLLECTIONS } from './sources'

/**
 * What the content is now, in two small queries per collection: how many documents and when
 * the last one changed. Read from the database, so every CMS instance sees another's change.
 */
export async function contentVersion(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    SNAPSHOT_COLLECTIONS.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      return `${collection}:${totalDocs}:${String(docs[0]?.updatedAt ?? '')}`
    }),
  )
  return parts.join('|')
}
