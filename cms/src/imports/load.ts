import type { PayloadRequest } from 'payload'

import type { ImportCollection, References } from './specs'

type Id = string | number
type Doc = Record<string, unknown> & { id: Id; slug?: string; _status?: string }

export type Existing = Map<string, { ru: Doc; en?: Doc }>

async function all(req: PayloadRequest, collection: 'editions' | 'forums' | ImportCollection, locale = 'ru') {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    draft: collection !== 'editions' && collection !== 'forums',
    locale: locale as 'ru',
    fallbackLocale: false,
    overrideAccess: true,
    // Not `req`: reads in parallel would share, and switch, its locale.
  })
  return docs as unknown as Doc[]
}

/** Every slug a row may name — editions, forums, experts — and the way back, for exports. */
export async function loadReferences(req: PayloadRequest, collection: ImportCollection): Promise<References> {
  const [editions, forums, experts] = await Promise.all([
    all(req, 'editions'),
    all(req, 'forums'),
    collection === 'sessions' ? all(req, 'experts') : Promise.resolve([]),
  ])
  const slugOf = new Map<string, string>()
  for (const [kind, docs] of [
    ['editions', editions],
    ['forums', forums],
    ['experts', experts],
  ] as const) {
    for (const doc of docs) slugOf.set(`${kind}:${String(doc.id)}`, String(doc.slug))
  }
  return {
    editions: new Map(editions.map((doc) => [String(doc.slug), doc.id])),
    forums: new Map(
      forums.map((doc) => [String(doc.slug), { id: doc.id, edition: (doc.edition as Id | undefined) ?? '' }]),
    ),
    experts: new Map(experts.map((doc) => [String(doc.slug), doc.id])),
    slugOf,
  }
}

/** The collection as editors see it (latest versions, drafts included), by slug, in both languages. */
export async function loadExisting(req: PayloadRequest, collection: ImportCollection): Promise<Existing> {
  const [ru, en] = await Promise.all([all(req, collection, 'ru'), all(req, collection, 'en')])
  const english = new Map(en.map((doc) => [String(doc.id), doc]))
  return new Map(ru.map((doc) => [String(doc.slug), { ru: doc, en: english.get(String(doc.id)) }]))
}
