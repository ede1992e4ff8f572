import type { Payload } from 'payload'

import { SITE_IDENTITY_SLUG } from '../globals/SiteIdentity'
import { snapshotSources } from '../plugin/registry'

/**
 * What the content is now, in two small queries per collection (how many documents and when
 * the last one changed) and the site identity's last change. Read from the database, so every CMS instance sees another's change.
 */
export async function contentVersion(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    snapshotSources(payload.config).map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      const latest = docs[0] as { updatedAt?: string } | undefined
      return `${collection}:${totalDocs}:${latest?.updatedAt ?? ''}`
    }),
  )
  const identity = (await payload.findGlobal({
    slug: SITE_IDENTITY_SLUG,
    depth: 0,
    overrideAccess: true,
  })) as {
    updatedAt?: string
  }
  return [...parts, `${SITE_IDENTITY_SLUG}:${identity.updatedAt ?? ''}`].join('|')
}
