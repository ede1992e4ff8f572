import type { PayloadRequest, TypedLocale } from 'payload'

import type { Edition, Forum } from '../payload-types'
import { idOf } from './cells'
import { everyLocale, type ImportLocales } from './locales'
import type { ByLocale, Doc, EditionRef, ImportCollection, References, Stored } from './types'
import { slugOf } from '../plugin/registry'

async function all(
  req: PayloadRequest,
  collection: ImportCollection,
  locale: TypedLocale,
  asServer: boolean,
) {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, collection),
    depth: 0,
    pagination: false,
    draft: true,
    locale,
    fallbackLocale: false,
    // Matching needs every document, also those a curator may not open (it tells only whether
    // a slug is taken; writes obey the editor's access). Exports show what the user may read.
    overrideAccess: asServer,
    user: asServer ? undefined : (req.user ?? undefined),
    // Not `req`: reads in parallel would share, and switch, its locale.
  })
  return docs as unknown as Doc[]
}

/** Editions or forums, which rows name by slug: only fields that are not localised are read. */
async function named<C extends 'editions' | 'forums'>(req: PayloadRequest, collection: C) {
  const { docs } = await req.payload.find({
    collection: slugOf(req.payload.config, collection),
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

function byKey(editions: Edition[]): Map<string, EditionRef[]> {
  const map = new Map<string, EditionRef[]>()
  for (const doc of editions) {
    const edition = { id: doc.id, slug: String(doc.slug), year: doc.year, timeZone: String(doc.timeZone) }
    for (const key of [edition.slug, String(edition.year)]) {
      map.set(key, [...(map.get(key) ?? []), edition])
    }
  }
  return map
}

function forumsBySlug(forums: Forum[]): References['forums'] {
  return new Map(forums.map((doc) => [String(doc.slug), { id: doc.id, edition: idOf(doc.edition) ?? '' }]))
}

/** Every slug a row may name — editions, forums, experts — and the way back, for exports. */
export async function loadReferences(
  req: PayloadRequest,
  collection: ImportCollection,
  locales: ImportLocales,
): Promise<References> {
  const [editions, forums, experts] = await Promise.all([
    named(req, 'editions'),
    named(req, 'forums'),
    collection === 'sessions' ? all(req, 'experts', locales.base, true) : Promise.resolve([]),
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
    forums: forumsBySlug(forums),
    experts: new Map(experts.map((doc) => [String(doc.slug), doc.id ?? ''])),
    slugOf,
  }
}

/** Each other locale's version of `doc`, where it has one. */
function translationsOf(doc: Doc, locales: ImportLocales, versions: Map<string, Doc>[]): ByLocale<Doc> {
  const translations: ByLocale<Doc> = {}
  locales.translations.forEach((locale, index) => {
    const version = versions[index]?.get(String(doc.id))
    if (version) translations[locale] = version
  })
  return translations
}

/**
 * The collection as editors see it (latest versions, drafts included), by slug, in each of
 * the host's locales: all of it, or (`asServer: false`) what the signed-in user may read.
 */
export async function loadExisting(
  req: PayloadRequest,
  collection: ImportCollection,
  locales: ImportLocales,
  { asServer = true }: { asServer?: boolean } = {},
): Promise<Map<string, Stored>> {
  const [base = [], ...translated] = await Promise.all(
    everyLocale(locales).map((locale) => all(req, collection, locale, asServer)),
  )
  const versions = translated.map((docs) => new Map(docs.map((doc) => [String(doc.id), doc])))
  return new Map(
    base.map((doc) => [
      String(doc.slug),
      { base: doc, translations: translationsOf(doc, locales, versions) },
    ]),
  )
}
