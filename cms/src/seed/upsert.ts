import type { CollectionSlug, Payload, RequestContext } from 'payload'

import { SKIP_SITE_REBUILD } from '../hooks/siteRebuild'

/** Seeding writes quietly: no site rebuild per document. */
export const SEED_CONTEXT: RequestContext = { [SKIP_SITE_REBUILD]: true, seeding: true }

type Row = Record<string, unknown> & { id?: string | number }
type Doc = Record<string, unknown> & { id: string | number }

/**
 * English rows of arrays must carry the ids of the rows stored in Russian, or Payload
 * would replace the rows and lose their Russian text. Copies ids over by position.
 */
export function attachRowIds(
  english: Record<string, unknown>,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => {
      const existing = stored[key]
      if (Array.isArray(value) && Array.isArray(existing)) {
        return [
          key,
          value.map((row: Row, index) => {
            const storedRow = existing[index] as Row | undefined
            return storedRow?.id === undefined ? row : { ...attachRowIds(row, storedRow), id: storedRow.id }
          }),
        ]
      }
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        existing &&
        typeof existing === 'object'
      ) {
        return [key, attachRowIds(value as Record<string, unknown>, existing as Record<string, unknown>)]
      }
      return [key, value]
    }),
  )
}

export interface UpsertArgs {
  collection: CollectionSlug
  slug: string
  ru: Record<string, unknown>
  en?: Record<string, unknown>
  draft?: boolean
  /** Written first, then replaced by `ru`: how a moved session gets its history. */
  before?: Record<string, unknown>
}

async function findBySlug(
  payload: Payload,
  collection: CollectionSlug,
  slug: string,
): Promise<Doc | undefined> {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
    context: SEED_CONTEXT,
  })
  return found.docs[0] as Doc | undefined
}

type Write = Record<string, unknown>

/** The Local API, loosely typed: the seeder writes to several collections through one path. */
function writer(payload: Payload) {
  return {
    create: async (options: Write) => (await payload.create(options as never)) as unknown as Doc,
    update: async (options: Write) => (await payload.update(options as never)) as unknown as Doc,
  }
}

/** Creates the document, or updates the one with the same slug: running a seed twice changes nothing. */
export async function upsertBySlug(payload: Payload, args: UpsertArgs): Promise<Doc> {
  const versioned = Boolean(payload.collections[args.collection].config.versions?.drafts)
  const status = versioned ? { _status: args.draft ? 'draft' : 'published' } : {}
  const common = {
    collection: args.collection,
    overrideAccess: true,
    depth: 0,
    context: SEED_CONTEXT,
    draft: args.draft,
  }
  const existing = await findBySlug(payload, args.collection, args.slug)
  const api = writer(payload)
  let doc: Doc
  if (existing) {
    doc = await api.update({
      ...common,
      id: existing.id,
      locale: 'ru',
      data: { ...args.ru, ...status },
    })
  } else {
    doc = await api.create({
      ...common,
      locale: 'ru',
      data: { ...args.ru, ...(args.before ?? {}), slug: args.slug, ...status },
    })
    if (args.before) {
      doc = await api.update({
        ...common,
        id: doc.id,
        locale: 'ru',
        data: { ...args.ru, ...status },
      })
    }
  }
  if (args.en && Object.keys(args.en).length > 0) {
    doc = await api.update({
      ...common,
      id: doc.id,
      locale: 'en',
      data: { ...attachRowIds(args.en, doc), ...status },
    })
  }
  return doc
}
