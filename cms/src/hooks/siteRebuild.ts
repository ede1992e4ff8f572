import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { requestSiteRebuild, SKIP_SITE_REBUILD } from '../siteBuild/schedule'
import { publicMediaIds } from '../snapshot/mediaUse'

export { pendingRebuildReasons, requestSiteRebuild, SKIP_SITE_REBUILD } from '../siteBuild/schedule'

type Doc = Record<string, unknown> & { id?: number | string; _status?: string }

/** Fields that change on every save without changing what the site shows. */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'updatedBy', '_status'])

function isPublic(doc: Doc | undefined): boolean {
  if (!doc || doc.id === undefined) return false
  return doc._status === undefined || doc._status === 'published'
}

function withoutBookkeeping(doc: Doc): string {
  return JSON.stringify(doc, (key, value: unknown) => (BOOKKEEPING.has(key) ? undefined : value))
}

/**
 * A draft saved over a published document leaves the published one in place: only an
 * unpublish turns the stored document itself into a draft.
 */
async function stillPublished(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> {
  const stored = (await req.payload.findByID({
    collection: collection as 'sessions',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as Doc | null
  return stored?._status === 'published'
}

/**
 * Published content changed — created, edited, published, unpublished — so the site must
 * follow. Draft saves and saves that change nothing the site shows leave it alone.
 */
export const rebuildSiteAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  if (req.context?.[SKIP_SITE_REBUILD]) return doc
  const was = isPublic(previousDoc as Doc)
  const now = isPublic(doc as Doc)
  const reason = `${collection.slug}:${String(doc.id)}`
  if (now && was && withoutBookkeeping(doc as Doc) === withoutBookkeeping(previousDoc as Doc)) return doc
  if (now) requestSiteRebuild(req, reason)
  else if (was && !(await stillPublished(req, collection.slug, doc.id))) {
    requestSiteRebuild(req, `${reason}:unpublished`)
  }
  return doc
}

export const rebuildSiteAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if (isPublic(doc as Doc)) requestSiteRebuild(req, `${collection.slug}:${String(doc.id)}:deleted`)
  return doc
}

/**
 * A changed image rebuilds the site when a published document shows it: a corrected alt
 * text or a new crop must reach the pages. Uploads nothing uses yet wait for their document.
 */
export const rebuildSiteAfterMediaChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  collection,
}) => {
  if (req.context?.[SKIP_SITE_REBUILD]) return doc
  if (previousDoc && withoutBookkeeping(doc as Doc) === withoutBookkeeping(previousDoc as Doc)) return doc
  if ((await publicMediaIds(req.payload)).has(String(doc.id))) {
    requestSiteRebuild(req, `${collection.slug}:${String(doc.id)}`)
  }
  return doc
}

export const rebuildSiteAfterMediaDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if ((await publicMediaIds(req.payload)).has(String(doc.id))) {
    requestSiteRebuild(req, `${collection.slug}:${String(doc.id)}:deleted`)
  }
  return doc
}

function withHooks(
  collection: CollectionConfig,
  afterChange: CollectionAfterChangeHook,
  afterDelete: CollectionAfterDeleteHook,
): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}

/** A content collection whose published changes rebuild the site. */
export function withSiteRebuilds(collection: CollectionConfig): CollectionConfig {
  return withHooks(collection, rebuildSiteAfterChange, rebuildSiteAfterDelete)
}

/** The host's upload collection, whose images in use rebuild the site when they change. */
export function withMediaSiteRebuilds(collection: CollectionConfig): CollectionConfig {
  return withHooks(collection, rebuildSiteAfterMediaChange, rebuildSiteAfterMediaDelete)
}
