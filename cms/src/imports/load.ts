import type { PayloadRequest } from 'payload'

import type { Doc, EditionRef, ImportCollection, References, Stored } from './types'

async function all(
  req: PayloadRequest,
  collection: 'editions' | 'forums' | ImportCollection,
  locale = 'ru',
  asServer = true,
) {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    draft: collection !== 'editions' && collection !== 'forums',
    locale: locale as 'ru',
    fallbackLocale: false,
    // Matching needs every document, also those a curator may not open (it tells only whether
    // a slug is taken; writes obey the editor's access). Exports show what the user may read.
    overrideAccess: asServer,
    user: asServer ? undefined : (req.user ?? undefined),
    // Not `req`: reads in parallel would share, and switch, its locale.
  })
  return docs as unknown as Doc[]
}

function byKey(editions: Doc[]): Map<string, EditionRef[]> {
  const map = new Map<string, EditionRef[]>()
  for (const doc of editions) {
    const edition = {
      id: doc.id ?? '',
      slug: String(doc.slug),
      year: doc.year as number | undefined,
      timeZone: String(doc.timeZone),
    }
    for (const key of [edition.slug, edition.year === undefined ? '' : String(edition.year)]) {
      if (key) map.set(key, [...(map.get(key) ?? []), edition])
    }
  }
  return map
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
    editions: byKey(editions),
    forums: new Map(
      forums.map((doc) => [String(doc.slug), { id: doc.id ?? '', edition: (doc.edition as string) ?? '' }]),
    ),
    experts: new Map(experts.map((doc) => [String(doc.slug), doc.id ?? ''])),
    slugOf,
  }
}

/**
 * The collection as editors see it (latest versions, drafts included), by slug, in both
 * languages: all of it, or (`asServer: false`) what the signed-in user may read.
 */
export async function loadExisting(
  req: PayloadRequest,
  collection: ImportCollection,
  { asServer = true }: { asServer?: boolean } = {},
): Promise<Map<string, Stored>> {
  const [ru, en] = await Promise.all([
    all(req, collection, 'ru', asServer),
    all(req, collection, 'en', asServer),
  ])
  const english = new Map(en.map((doc) => [String(doc.id), doc]))
  return new Map(ru.map((doc) => [String(doc.slug), { ru: doc, en: english.get(String(doc.id)) }]))
}
